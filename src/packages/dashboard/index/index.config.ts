export default definePageConfig({
  navigationBarTitleText: '工作台数据',
  enablePullDownRefresh: true
})
