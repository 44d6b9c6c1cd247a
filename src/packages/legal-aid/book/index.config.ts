export default definePageConfig({
  navigationBarTitleText: '预约值班律师'
})
