Gem::Specification.new do |s|
  s.name = 'fillform'
  s.version = '0.4.0'
  s.summary = 'Fill PDF forms from CSV'
  s.authors = ['forms contributors']
  s.files = Dir['lib/**/*.rb', 'ext/**/*', 'bin/*']
  s.executables = ['fillform']
  s.extensions = ['ext/fillform/extconf.rb']
  s.add_dependency 'hexapdf', '~> 1.0'
end
