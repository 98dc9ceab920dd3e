module.exports = () => ({
  id: 1,
  name: 'Ada Example',
  email: 'ada@example.com',
  roles: ['editor'],
  createdAt: '2026-01-01T00:00:00Z',
});
