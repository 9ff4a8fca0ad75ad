#!/usr/bin/env python3
"""Writes a Docker image archive (the `docker save` format that `docker load`, Jib's `tar://` base
and Trivy's `--input` read) from directories, one layer each, byte for byte reproducibly:
entries sorted by name, every mtime SOURCE_DATE_EPOCH, owner root unless --owner says otherwise,
no user or group names, PAX headers without atime/ctime, uncompressed layers.

  mkimage.py --out base.tar --tag tailor/base:abc --layer rootfs --layer jre \
      --env PATH=/usr/bin --user 10001:10001 --label k=v --history "what layer 1 is" ...
  mkimage.py --from base.tar --out gpu.tar --layer gpu-root --env K=V ...   (base's layers and config, then
      the new layers; --env and --label add to or replace the base's)
Prints the image id (sha256 of the config) on stdout.
"""
import argparse
import hashlib
import io
import json
import os
import stat
import sys
import tarfile


def layer_bytes(root, epoch, owners):
    """The layer tar of everything under root, as bytes."""
    buf = io.BytesIO()
    inodes = {}
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        paths = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in dirnames + sorted(filenames):
                paths.append(os.path.join(dirpath, name))
        for full in sorted(paths, key=lambda p: os.path.relpath(p, root)):
            rel = os.path.relpath(full, root)
            st = os.lstat(full)
            info = tarfile.TarInfo(rel)
            info.mtime = epoch
            info.mode = stat.S_IMODE(st.st_mode)
            uid, gid = 0, 0
            for prefix, (ouid, ogid) in owners.items():
                if rel == prefix or rel.startswith(prefix + "/"):
                    uid, gid = ouid, ogid
            info.uid, info.gid, info.uname, info.gname = uid, gid, "", ""
            data = None
            if stat.S_ISDIR(st.st_mode):
                info.type = tarfile.DIRTYPE
            elif stat.S_ISLNK(st.st_mode):
                info.type = tarfile.SYMTYPE
                info.linkname = os.readlink(full)
            elif stat.S_ISREG(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if st.st_nlink > 1 and key in inodes:
                    info.type = tarfile.LNKTYPE
                    info.linkname = inodes[key]
                else:
                    inodes[key] = rel
                    info.type = tarfile.REGTYPE
                    info.size = st.st_size
                    data = open(full, "rb")
            else:
                sys.exit(f"mkimage: unsupported file type: {full}")
            tar.addfile(info, data)
            if data:
                data.close()
    return buf.getvalue()


def add_bytes(tar, name, data, epoch):
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), epoch, 0o644
    info.uname = info.gname = ""
    tar.addfile(info, io.BytesIO(data))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--from", dest="base", help="an image archive whose layers and config come first")
    ap.add_argument("--tag", action="append", default=[])
    ap.add_argument("--layer", action="append", default=[], help="a directory: one layer")
    ap.add_argument("--history", action="append", default=[], help="created_by of each layer")
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--label", action="append", default=[])
    ap.add_argument("--user", default=None)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--cmd", action="append", default=None)
    ap.add_argument("--owner", action="append", default=[], help="path=uid:gid (path relative to the root)")
    a = ap.parse_args()

    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    owners = {}
    for o in a.owner:
        path, ids = o.split("=", 1)
        uid, gid = ids.split(":")
        owners[path.strip("/")] = (int(uid), int(gid))
    created = "1970-01-01T00:00:00Z" if epoch == 0 else \
        __import__("datetime").datetime.fromtimestamp(epoch, __import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    layers = []  # (digest hex, bytes)
    base_config = {"config": {"User": "", "Env": [], "WorkingDir": "/", "Labels": {}}, "history": []}
    if a.base:
        with tarfile.open(a.base) as base:
            manifest = json.load(base.extractfile("manifest.json"))[0]
            base_config = json.load(base.extractfile(manifest["Config"]))
            for blob in manifest["Layers"]:
                data = base.extractfile(blob).read()
                layers.append((hashlib.sha256(data).hexdigest(), data))
    for d in a.layer:
        data = layer_bytes(d, epoch, owners)
        layers.append((hashlib.sha256(data).hexdigest(), data))

    env = {}
    for kv in base_config["config"].get("Env") or []:
        env[kv.split("=", 1)[0]] = kv
    for kv in a.env:
        env[kv.split("=", 1)[0]] = kv
    labels = dict(base_config["config"].get("Labels") or {})
    labels.update(kv.split("=", 1) for kv in a.label)
    histories = a.history + [""] * (len(a.layer) - len(a.history))
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": created,
        "config": {
            "User": a.user if a.user is not None else base_config["config"].get("User", ""),
            "Env": list(env.values()),
            "WorkingDir": a.workdir if a.workdir is not None else base_config["config"].get("WorkingDir", "/"),
            "Labels": labels,
        },
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + h for h, _ in layers]},
        "history": base_config.get("history", [])
        + [{"created": created, "created_by": h, "comment": "ops/images/mkimage.py"} for h in histories[: len(a.layer)]],
    }
    cmd = a.cmd if a.cmd else base_config["config"].get("Cmd")
    if cmd:
        config["config"]["Cmd"] = cmd
    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    config_digest = hashlib.sha256(config_bytes).hexdigest()
    manifest = [{
        "Config": f"blobs/sha256/{config_digest}",
        "RepoTags": a.tag,
        "Layers": [f"blobs/sha256/{h}" for h, _ in layers],
    }]

    tmp = a.out + ".part"
    with tarfile.open(tmp, mode="w", format=tarfile.PAX_FORMAT) as tar:
        seen = set()
        for h, data in layers:
            if h not in seen:
                seen.add(h)
                add_bytes(tar, f"blobs/sha256/{h}", data, epoch)
        add_bytes(tar, f"blobs/sha256/{config_digest}", config_bytes, epoch)
        add_bytes(tar, "manifest.json", json.dumps(manifest, separators=(",", ":")).encode(), epoch)
    os.replace(tmp, a.out)
    print("sha256:" + config_digest)


if __name__ == "__main__":
    main()
