class CiteCheck
  CITE = /\\cite[pt]?\*?(?:\[[^\]]*\])?\{([^}]+)\}|\[@([\w:-]+)/

  def initialize(files, bib)
    @files = files
    @bib = File.read(bib)
  end

  def cited
    @files.flat_map { |f| File.read(f).scan(CITE).flatten.compact.flat_map { |k| k.split(',').map(&:strip) } }.uniq
  end

  def entries
    @bib.scan(/@\w+\{([^,]+),/).flatten
  end

  def report
    missing = cited - entries
    unused = entries - cited
    puts "missing in bib: #{missing.join(', ')}" unless missing.empty?
    puts "never cited: #{unused.join(', ')}" unless unused.empty?
    puts 'all citations resolve' if missing.empty? && unused.empty?
  end
end
