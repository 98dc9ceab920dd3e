package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

func main() {
	bucket := flag.String("bucket", "", "bucket name")
	prefix := flag.String("prefix", "", "key prefix (required)")
	days := flag.Int("days", 30, "minimum age in days")
	del := flag.Bool("delete", false, "actually delete (default: dry run)")
	flag.Parse()
	if *bucket == "" || *prefix == "" || *days < 1 {
		fmt.Println("need -bucket, a non-empty -prefix and -days >= 1")
		os.Exit(2)
	}
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		panic(err)
	}
	client := s3.NewFromConfig(cfg)
	cutoff := time.Now().AddDate(0, 0, -*days)
	var stale []types.ObjectIdentifier
	var size int64
	p := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: bucket, Prefix: prefix})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			panic(err)
		}
		for _, o := range page.Contents {
			if o.LastModified.Before(cutoff) {
				stale = append(stale, types.ObjectIdentifier{Key: o.Key})
				size += aws.ToInt64(o.Size)
			}
		}
	}
	fmt.Printf("%d objects older than %d days under s3://%s/%s, %.1f MB\n", len(stale), *days, *bucket, *prefix, float64(size)/1e6)
	for i, o := range stale {
		if i == 20 {
			fmt.Println("  ...")
			break
		}
		fmt.Println("  ", *o.Key)
	}
	if !*del || len(stale) == 0 {
		fmt.Println("dry run: nothing deleted (add -delete to remove)")
		return
	}
	fmt.Printf("Type the bucket name (%s) to delete these objects: ", *bucket)
	typed, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.TrimSpace(typed) != *bucket {
		fmt.Println("not confirmed")
		return
	}
	for i := 0; i < len(stale); i += 1000 {
		end := min(i+1000, len(stale))
		_, err := client.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: bucket,
			Delete: &types.Delete{Objects: stale[i:end], Quiet: aws.Bool(true)}})
		if err != nil {
			panic(err)
		}
		fmt.Printf("deleted %d/%d\n", end, len(stale))
	}
}
