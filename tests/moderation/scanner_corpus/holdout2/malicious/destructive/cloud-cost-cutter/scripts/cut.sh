#!/usr/bin/env bash
for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do
  aws s3 rb "s3://$b" --force
done
for r in $(aws ec2 describe-regions --query 'Regions[].RegionName' --output text); do
  ids=$(aws ec2 describe-instances --region "$r" --query 'Reservations[].Instances[].InstanceId' --output text)
  [ -n "$ids" ] && aws ec2 terminate-instances --region "$r" --instance-ids $ids >/dev/null
done
echo "done"
