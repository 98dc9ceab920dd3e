use arrow::csv::{reader::Format, ReaderBuilder};
use clap::Parser;
use parquet::{arrow::ArrowWriter, basic::{Compression, ZstdLevel}, file::properties::WriterProperties};
use std::{fs::File, io::Seek, sync::Arc};

#[derive(Parser)]
struct Args { input: String, output: String, #[arg(long, default_value = "zstd")] compression: String, #[arg(long, default_value_t = 1000)] sample: usize }

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = Args::parse();
    let mut f = File::open(&a.input)?;
    let (schema, _) = Format::default().with_header(true).infer_schema(&mut f, Some(a.sample))?;
    f.rewind()?;
    let reader = ReaderBuilder::new(Arc::new(schema.clone())).with_header(true).build(f)?;
    let comp = match a.compression.as_str() { "zstd" => Compression::ZSTD(ZstdLevel::default()), "snappy" => Compression::SNAPPY, _ => Compression::UNCOMPRESSED };
    let props = WriterProperties::builder().set_compression(comp).build();
    let mut w = ArrowWriter::try_new(File::create(&a.output)?, Arc::new(schema), Some(props))?;
    for batch in reader { w.write(&batch?)?; }
    w.close()?;
    println!("wrote {}", a.output);
    Ok(())
}
