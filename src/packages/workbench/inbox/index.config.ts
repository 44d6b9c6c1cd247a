export default definePageConfig({
  navigationBarTitleText: '工会工作台',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120
})
