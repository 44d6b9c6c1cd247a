// babel-preset-taro is used by both the Taro build and jest (via test-utils-react).
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]
  ]
}
