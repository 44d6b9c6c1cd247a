export default definePageConfig({
  navigationBarTitleText: '选择受理工会'
})
