export default definePageConfig({
  navigationBarTitleText: '我的托班报名'
})
