export default definePageConfig({
  navigationBarTitleText: '托班报名'
})
