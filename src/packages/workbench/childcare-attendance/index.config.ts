export default definePageConfig({ navigationBarTitleText: '托班考勤' })
