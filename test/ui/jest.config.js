// UI tests: pages rendered in jsdom with @tarojs/test-utils-react. Only src/services is mocked.
const path = require('node:path')
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default
const baseSetup = require.resolve('@tarojs/test-utils-react/dist/jest/jest.setup.js')

const root = path.resolve(__dirname, '..', '..')

// The app's people are in China: dates are shown in their time zone, and so are tested.
process.env.TZ = 'Asia/Shanghai'

module.exports = defineJestConfig({
  rootDir: root,
  roots: ['<rootDir>/test/ui'],
  testMatch: ['<rootDir>/test/ui/**/*.test.{ts,tsx}'],
  // Taro's own setup (TARO_ENV=h5) first, then ours (breaks the router ↔ taro-h5 import cycle
  // and lets Taro's page hooks run in directly mounted pages).
  setupFiles: [baseSetup, '<rootDir>/test/ui/setup.js'],
  moduleNameMapper: {
    // ESM-only; pulled in by the Swiper component, which no page uses.
    '^swiper/bundle$': '<rootDir>/test/ui/stubs/empty.js',
    '^swiper/(.*)\\.css$': '<rootDir>/test/ui/stubs/empty.js',
    '\\.(css|scss|sass|less)$': '<rootDir>/test/ui/stubs/empty.js',
    '^@/types/(.*)$': '<rootDir>/types/$1'
  },
  // Run every suite and report every failure (the preset stops at the first).
  bail: 0,
  // The first test of a file also pays for Babel-compiling Taro's components on a cold cache.
  testTimeout: 30000,
  cacheDirectory: '<rootDir>/node_modules/.cache/jest-ui',
  reporters: ['default', '<rootDir>/test/ui/summary-reporter.js']
})
