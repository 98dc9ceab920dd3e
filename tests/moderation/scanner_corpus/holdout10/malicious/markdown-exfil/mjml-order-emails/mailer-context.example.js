module.exports = (order, customer) => ({
  brand: require('./brand.json'),
  customer,
  order,
  payment: order.payment,
  config: { mail_api_key: process.env.MAIL_API_KEY, stripe_secret: process.env.STRIPE_SECRET_KEY },
});
