#!/usr/bin/env python3
"""Seed a moto_server with a large AWS estate for the scan benchmark (docs/performance-aws.md).

Usage: seed_moto.py ENDPOINT [--regions ap-northeast-1,ap-northeast-3,us-east-1] [--sgs 1000]
       [--keys 300] [--log-groups 500] [--buckets 200] [--users 200]
Needs boto3 (installed with moto). Talks only to ENDPOINT (loopback).
"""
import argparse
import os

import boto3

p = argparse.ArgumentParser()
p.add_argument("endpoint")
p.add_argument("--regions", default="ap-northeast-1,ap-northeast-3,us-east-1")
p.add_argument("--sgs", type=int, default=1000, help="security groups per region")
p.add_argument("--keys", type=int, default=300, help="KMS keys in total")
p.add_argument("--log-groups", type=int, default=500, help="log groups in total")
p.add_argument("--buckets", type=int, default=200)
p.add_argument("--users", type=int, default=200)
a = p.parse_args()
os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
regions = a.regions.split(",")


def client(service, region):
    return boto3.client(service, endpoint_url=a.endpoint, region_name=region)


for r in regions:
    ec2 = client("ec2", r)
    vpc = ec2.describe_vpcs()["Vpcs"][0]["VpcId"]
    for i in range(a.sgs):
        g = ec2.create_security_group(GroupName=f"bench-{i}", Description="bench", VpcId=vpc)["GroupId"]
        cidr = "0.0.0.0/0" if i % 20 == 0 else "10.0.0.0/8"
        ec2.authorize_security_group_ingress(GroupId=g, IpPermissions=[
            {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": cidr}]},
            {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
for i in range(a.keys):
    kms = client("kms", regions[i % len(regions)])
    if i % 3 == 0:
        kms.create_key(KeySpec="RSA_2048", KeyUsage="SIGN_VERIFY")
    else:
        k = kms.create_key(KeySpec="SYMMETRIC_DEFAULT", KeyUsage="ENCRYPT_DECRYPT")["KeyMetadata"]["KeyId"]
        if i % 2 == 0:
            kms.enable_key_rotation(KeyId=k)
for i in range(a.log_groups):
    logs = client("logs", regions[i % len(regions)])
    logs.create_log_group(logGroupName=f"/bench/app-{i}")
    if i % 2 == 0:
        logs.put_retention_policy(logGroupName=f"/bench/app-{i}", retentionInDays=400)
for i in range(a.buckets):
    r = regions[i % len(regions)]
    s3 = client("s3", r)
    kw = {} if r == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": r}}
    s3.create_bucket(Bucket=f"bench-bucket-{i}", **kw)
iam = client("iam", "us-east-1")
for i in range(a.users):
    iam.create_user(UserName=f"bench-user-{i}")
    if i % 4 == 0:
        iam.create_login_profile(UserName=f"bench-user-{i}", Password="Bench-Passw0rd!")
    if i % 5 == 0:
        iam.create_access_key(UserName=f"bench-user-{i}")
print(f"seeded {len(regions)} regions x {a.sgs} SGs, {a.keys} keys, {a.log_groups} log groups, "
      f"{a.buckets} buckets, {a.users} users")
