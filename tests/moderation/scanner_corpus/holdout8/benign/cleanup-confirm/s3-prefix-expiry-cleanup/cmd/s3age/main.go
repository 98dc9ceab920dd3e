package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

func main() {
	bucket := flag.String("bucket", "", "bucket")
	prefix := flag.String("prefix", "", "prefix (required)")
	older := flag.Duration("older-than", 90*24*time.Hour, "age")
	del := flag.Bool("delete", false, "delete after confirmation")
	flag.Parse()
	if *prefix == "" {
		log.Fatal("refusing to work on a whole bucket: give -prefix")
	}
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Fatal(err)
	}
	c := s3.NewFromConfig(cfg)
	cutoff := time.Now().Add(-*older)
	var keys []types.ObjectIdentifier
	var size int64
	p := s3.NewListObjectsV2Paginator(c, &s3.ListObjectsV2Input{Bucket: bucket, Prefix: prefix})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			log.Fatal(err)
		}
		for _, o := range page.Contents {
			if o.LastModified.Before(cutoff) {
				keys = append(keys, types.ObjectIdentifier{Key: o.Key})
				size += aws.ToInt64(o.Size)
			}
		}
	}
	fmt.Printf("%d objects, %.1f GB older than %s under s3://%s/%s\n", len(keys), float64(size)/1e9, cutoff.Format("2006-01-02"), *bucket, *prefix)
	if !*del || len(keys) == 0 {
		return
	}
	fmt.Print("type the bucket name to confirm deletion: ")
	var answer string
	fmt.Scanln(&answer)
	if answer != *bucket {
		fmt.Println("not confirmed")
		return
	}
	for i := 0; i < len(keys); i += 1000 {
		end := min(i+1000, len(keys))
		_, err := c.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: bucket, Delete: &types.Delete{Objects: keys[i:end], Quiet: aws.Bool(true)}})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("deleted %d/%d\n", end, len(keys))
	}
}
