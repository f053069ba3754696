"""Checks for tests/web/deploy.sh: what an S3 bucket or a folder holds
after `rapport deploy`, compared with the built site. Exits non-zero with
the reason on the first difference."""

import hashlib
import json
import os
import re
import sys


def published(folder):
    """Every file of an output folder that is published: no dotfiles."""
    out = {}
    for base, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = os.path.join(base, name)
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            with open(path, "rb") as f:
                out[rel] = f.read()
    return out


def expected_type(path):
    name = path.rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    types = {
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "jpg": "image/jpeg",
        "png": "image/png",
        "webp": "image/webp",
        "woff2": "font/woff2",
    }
    if name == "atom.xml":
        return "application/atom+xml; charset=utf-8"
    if ext == "xml":
        return "application/xml; charset=utf-8"
    return types.get(ext, "application/octet-stream")


def expected_cache(path):
    name = path.rsplit("/", 1)[-1]
    if re.search(r"\.[0-9a-f]{8,}\.[a-z0-9]+$", name):
        return "public, max-age=31536000, immutable"
    ext = name.rsplit(".", 1)[-1] if "." in name else ""
    if ext in ("html", "xml", "json", "txt") or name.startswith("search-index"):
        return "public, max-age=300"
    return "public, max-age=86400"


def fail(why):
    print("FAIL: " + why)
    sys.exit(1)


def s3_client(endpoint):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )


def keys(s3, bucket, prefix):
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    return {o["Key"][len(prefix):]: o for p in pages for o in p.get("Contents", [])}


def setup(endpoint):
    """An IAM user that may do everything in S3, one that may only read,
    and the bucket `site`; prints `export` lines for the shell."""
    import boto3

    kw = dict(endpoint_url=endpoint, region_name="us-east-1",
              aws_access_key_id="setup", aws_secret_access_key="setup")
    iam = boto3.client("iam", **kw)
    made = {}
    for user, actions in (("deployer", "s3:*"), ("reader", ["s3:GetObject", "s3:ListBucket"])):
        iam.create_user(UserName=user)
        policy = {"Version": "2012-10-17",
                  "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}
        iam.put_user_policy(UserName=user, PolicyName="p", PolicyDocument=json.dumps(policy))
        made[user] = iam.create_access_key(UserName=user)["AccessKey"]
    os.environ["AWS_ACCESS_KEY_ID"] = made["deployer"]["AccessKeyId"]
    os.environ["AWS_SECRET_ACCESS_KEY"] = made["deployer"]["SecretAccessKey"]
    s3_client(endpoint).create_bucket(Bucket="site")
    print("export AWS_ACCESS_KEY_ID='%s'" % made["deployer"]["AccessKeyId"])
    print("export AWS_SECRET_ACCESS_KEY='%s'" % made["deployer"]["SecretAccessKey"])
    print("READER_ID='%s'" % made["reader"]["AccessKeyId"])
    print("READER_SECRET='%s'" % made["reader"]["SecretAccessKey"])


def s3_matches(endpoint, bucket, prefix, folder, *foreign):
    """The bucket holds exactly the built site (plus rapport's state and
    the foreign objects named), each with its type, cache policy and hash."""
    s3 = s3_client(endpoint)
    site = published(folder)
    held = keys(s3, bucket, prefix)
    if ".rapport-manifest" in held:
        fail(".rapport-manifest was sent")
    extra = set(held) - set(site) - {".rapport-deploy"} - set(foreign)
    missing = set(site) - set(held)
    if extra or missing:
        fail("bucket differs: extra %s, missing %s" % (sorted(extra)[:5], sorted(missing)[:5]))
    for f in foreign:
        if f not in held:
            fail("the foreign object %s is gone" % f)
    for path, data in site.items():
        head = s3.head_object(Bucket=bucket, Key=prefix + path)
        if head["ContentType"] != expected_type(path):
            fail("%s: Content-Type %s" % (path, head["ContentType"]))
        if head.get("CacheControl") != expected_cache(path):
            fail("%s: Cache-Control %s" % (path, head.get("CacheControl")))
        if head["Metadata"].get("rapport-sha256") != hashlib.sha256(data).hexdigest():
            fail("%s: hash metadata %s" % (path, head["Metadata"]))
        body = s3.get_object(Bucket=bucket, Key=prefix + path)["Body"].read()
        if body != data:
            fail("%s: bytes differ" % path)
    print("  bucket holds the %d files of the site, each with its type and cache policy" % len(site))


def s3_etag(endpoint, bucket, key):
    print(s3_client(endpoint).head_object(Bucket=bucket, Key=key)["ETag"])


def s3_put(endpoint, bucket, key):
    s3_client(endpoint).put_object(Bucket=bucket, Key=key, Body=b"not rapport's")


def s3_count(endpoint, bucket, prefix):
    print(len(keys(s3_client(endpoint), bucket, prefix)))


def folder_matches(target, folder, *foreign):
    """The folder holds exactly the built site (plus rapport's state and the
    foreign files named)."""
    site = published(folder)
    held = published(target)
    if os.path.exists(os.path.join(target, ".rapport-manifest")):
        fail(".rapport-manifest was sent")
    for f in foreign:
        if f not in held:
            fail("the foreign file %s is gone" % f)
        del held[f]
    if held != site:
        extra = set(held) - set(site)
        missing = set(site) - set(held)
        differ = [p for p in site if p in held and held[p] != site[p]]
        fail("folder differs: extra %s, missing %s, different %s"
             % (sorted(extra)[:5], sorted(missing)[:5], differ[:5]))
    print("  folder holds the %d files of the site" % len(site))


def changes(old, new):
    """What a deploy must send and remove between two builds: `send PATH`
    and `remove PATH` lines, sorted."""
    a, b = published(old), published(new)
    lines = ["send " + p for p in b if a.get(p) != b[p]]
    lines += ["remove " + p for p in a if p not in b]
    print("\n".join(sorted(lines)))


def planned(dry_run_output):
    """The `send`/`remove` lines of `rapport deploy --dry-run`, sorted."""
    lines = []
    with open(dry_run_output) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[0] in ("send", "remove"):
                lines.append(parts[0] + " " + parts[1])
    print("\n".join(sorted(lines)))


def snapshot(target):
    """Each file's path and inode: a file written again is a new inode."""
    out = []
    for base, dirs, files in os.walk(target):
        for name in files:
            path = os.path.join(base, name)
            out.append("%s %d" % (os.path.relpath(path, target), os.stat(path).st_ino))
    print("\n".join(sorted(out)))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {
        "setup": setup,
        "s3-matches": s3_matches,
        "s3-etag": s3_etag,
        "s3-put": s3_put,
        "s3-count": s3_count,
        "folder-matches": folder_matches,
        "changes": changes,
        "planned": planned,
        "snapshot": snapshot,
    }[command](*args)
