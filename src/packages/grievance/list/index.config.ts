export default definePageConfig({
  navigationBarTitleText: '我的诉求与报名',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120
})
