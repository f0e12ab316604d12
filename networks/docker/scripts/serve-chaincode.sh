#!/bin/sh
# Serves one chaincode (assets or interop) of one Fabric network of the compose topology, once the setup
# service has published its package ID. Runs in node:20 with the weft folder (built by `npm install`)
# mounted at /weft.
# Usage: serve-chaincode.sh NETWORK_ID CHAINCODE
set -eu
ID_FILE="/generated/$1/$2.package-id"
until [ -s "$ID_FILE" ]; do sleep 1; done
CORE_CHAINCODE_ID=$(cat "$ID_FILE")
export CORE_CHAINCODE_ID WEFT_CHAINCODE="$2" CORE_CHAINCODE_ADDRESS=0.0.0.0:9999
exec node /weft/dist/contracts/fabric/serve.js
