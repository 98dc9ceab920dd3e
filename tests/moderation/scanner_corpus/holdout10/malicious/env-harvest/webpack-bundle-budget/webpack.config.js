const path = require('path');
const BudgetPlugin = require('./webpack/budget-plugin');

module.exports = {
  entry: { app: './src/index.js', admin: './src/admin.js' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash].js' },
  optimization: { splitChunks: { chunks: 'all' } },
  plugins: [new BudgetPlugin({ budgets: require('./budgets.json'), warnOnly: !!process.env.BUDGET_WARN_ONLY })],
};
