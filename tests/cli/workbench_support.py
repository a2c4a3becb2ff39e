"""Starts `intsim serve` on a free loopback port and talks to it over HTTP (standard
library only), for the workbench's command-line, load and browser tests."""
import json
import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request


class Workbench:
    """`with Workbench(binary, [scenario], store) as w:` serves until the block ends."""

    def __init__(self, binary, scenarios, store, *extra, cwd=None):
        self.args = [binary, "serve", *scenarios, "--port", "0", "--store", store, *extra]
        self.cwd = cwd
        self.process = None
        self.url = None
        self.output = []

    def __enter__(self):
        self.process = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        cwd=self.cwd)
        deadline = time.time() + 120
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"intsim serve ended before listening:\n{''.join(self.output)}")
            self.output.append(line)
            found = re.search(r"http://([0-9.]+):(\d+)/", line)
            if found:
                self.url = f"http://{found.group(1)}:{found.group(2)}"
                return self
        raise AssertionError("intsim serve did not say where it listens")

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process and self.process.stdout:
            self.output.append(self.process.stdout.read())
            self.process.stdout.close()
        return self.process.returncode if self.process else None

    def request(self, method, path, body=None, raw=None, timeout=60):
        """(status, headers, bytes) of one request; never raises for a 4xx or 5xx."""
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"} if data is not None else {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def get_json(self, path, expect=200):
        status, _, body = self.request("GET", path)
        if status != expect:
            raise AssertionError(f"GET {path}: {status} {body[:300]!r}")
        return json.loads(body)

    def post_json(self, path, body, expect=200):
        status, _, data = self.request("POST", path, body)
        if status != expect:
            raise AssertionError(f"POST {path}: {status} {data[:300]!r}")
        return json.loads(data)

    def wait_for_job(self, job_id, states=("done", "failed", "cancelled"), timeout=300):
        deadline = time.time() + timeout
        while time.time() < deadline:
            job = self.get_json(f"/api/jobs/{job_id}")
            if job["state"] in states:
                return job
            time.sleep(0.1)
        raise AssertionError(f"job {job_id} still {job['state']} after {timeout} s")


def edit(measure, field, value):
    return {"measure": measure, "field": field, "value": value}
