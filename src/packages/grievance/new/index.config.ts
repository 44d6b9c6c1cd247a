export default definePageConfig({
  navigationBarTitleText: '职工说事'
})
