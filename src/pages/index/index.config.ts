export default definePageConfig({
  navigationBarTitleText: '娘家人'
})
