#!/bin/sh
# Serves one chaincode (assets or interop) of one Fabric network of the compose topology as a service, once
# the setup service has published the package ID the peers run. Runs in weft's image (Dockerfile).
# Usage: serve-chaincode.sh NETWORK_ID CHAINCODE
set -eu
ID_FILE="/generated/$1/$2.package-id"
SERVER=/opt/weft/dist/contracts/fabric/serve.js
if [ ! -f "$SERVER" ]; then
  echo "$SERVER is missing: this is not weft's image" >&2
  exit 1
fi
echo "$1/$2: waiting for $ID_FILE"
until [ -s "$ID_FILE" ]; do sleep 1; done
CORE_CHAINCODE_ID=$(cat "$ID_FILE")
WEFT_CHAINCODE=$2
CORE_CHAINCODE_ADDRESS=0.0.0.0:9999
export CORE_CHAINCODE_ID WEFT_CHAINCODE CORE_CHAINCODE_ADDRESS
exec node "$SERVER"
