export default definePageConfig({
  navigationBarTitleText: '托班详情'
})
