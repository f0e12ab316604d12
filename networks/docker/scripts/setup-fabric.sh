#!/bin/sh
# Channel, peers and the `assets` and `interop` chaincodes (as a service) of one Fabric network of the
# compose topology.
# Runs in hyperledger/fabric-tools once the orderer and peers are healthy.
# Usage: setup-fabric.sh NETWORK_ID
set -eu
NET=$1
DOMAIN="$NET.weft.test"
OUT="/generated/$NET"
CRYPTO="$OUT/crypto"
ORDERER="orderer.$DOMAIN:7050"
ORDERER_CA="$CRYPTO/ordererOrganizations/$DOMAIN/orderers/orderer.$DOMAIN/tls/ca.crt"
export FABRIC_CFG_PATH="$OUT/config" FABRIC_LOGGING_SPEC=warning CORE_PEER_TLS_ENABLED=true

as_admin() { # ORG_NUMBER, then the peer command's arguments
  ORG=$1
  shift
  CORE_PEER_LOCALMSPID="Org${ORG}MSP" \
  CORE_PEER_ADDRESS="peer0.org$ORG.$DOMAIN:7051" \
  CORE_PEER_TLS_ROOTCERT_FILE="$CRYPTO/peerOrganizations/org$ORG.$DOMAIN/peers/peer0.org$ORG.$DOMAIN/tls/ca.crt" \
  CORE_PEER_MSPCONFIGPATH="$CRYPTO/peerOrganizations/org$ORG.$DOMAIN/users/Admin@org$ORG.$DOMAIN/msp" \
    peer "$@"
}

retry() { # tries a command up to 30 times, a second apart
  n=0
  until "$@"; do
    n=$((n + 1))
    [ "$n" -lt 30 ] || return 1
    sleep 1
  done
}

if ! osnadmin channel list --channelID weft -o "orderer.$DOMAIN:7053" 2>/dev/null | grep -q '"name": "weft"'; then
  osnadmin channel join --channelID weft --config-block "$OUT/channel.block" -o "orderer.$DOMAIN:7053"
fi
retry sh -c "osnadmin channel list --channelID weft -o orderer.$DOMAIN:7053 | grep -q '\"status\": \"active\"'"

for ORG in 1 2; do
  if ! as_admin "$ORG" channel list 2>/dev/null | grep -q '^weft$'; then
    retry as_admin "$ORG" channel join -b "$OUT/channel.block"
  fi
done

# Chaincodes as a service: each package names its chaincode server; the package ID is shared with it.
ORDERER_TLS_ARGS="-o $ORDERER --tls --cafile $ORDERER_CA"
for CC in assets interop; do
  PKG_DIR=$(mktemp -d)
  printf '{"address":"%s.%s:9999","dial_timeout":"10s","tls_required":false}' "$CC" "$DOMAIN" > "$PKG_DIR/connection.json"
  printf '{"type":"ccaas","label":"%s_1"}' "$CC" > "$PKG_DIR/metadata.json"
  tar -C "$PKG_DIR" -czf "$PKG_DIR/code.tar.gz" connection.json
  tar -C "$PKG_DIR" -czf "$OUT/$CC.tgz" metadata.json code.tar.gz
  PACKAGE_ID=$(peer lifecycle chaincode calculatepackageid "$OUT/$CC.tgz")
  printf '%s' "$PACKAGE_ID" > "$OUT/$CC.package-id.tmp"
  mv "$OUT/$CC.package-id.tmp" "$OUT/$CC.package-id"

  DEFINITION="--channelID weft --name $CC --version 1 --sequence 1"
  for ORG in 1 2; do
    if ! as_admin "$ORG" lifecycle chaincode queryinstalled | grep -q "$PACKAGE_ID"; then
      as_admin "$ORG" lifecycle chaincode install "$OUT/$CC.tgz"
    fi
    # shellcheck disable=SC2086 # the argument lists are meant to split
    as_admin "$ORG" lifecycle chaincode approveformyorg $ORDERER_TLS_ARGS $DEFINITION --package-id "$PACKAGE_ID" || true
  done
  if ! as_admin 1 lifecycle chaincode querycommitted --channelID weft --name "$CC" >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    as_admin 1 lifecycle chaincode commit $ORDERER_TLS_ARGS $DEFINITION \
      --peerAddresses "peer0.org1.$DOMAIN:7051" \
      --tlsRootCertFiles "$CRYPTO/peerOrganizations/org1.$DOMAIN/peers/peer0.org1.$DOMAIN/tls/ca.crt" \
      --peerAddresses "peer0.org2.$DOMAIN:7051" \
      --tlsRootCertFiles "$CRYPTO/peerOrganizations/org2.$DOMAIN/peers/peer0.org2.$DOMAIN/tls/ca.crt"
  fi
  # Ready once the peer reaches the chaincode server.
  retry as_admin 1 chaincode query -C weft -n "$CC" -c '{"Args":["org.hyperledger.fabric:GetMetadata"]}' >/dev/null
done
echo "$NET: channel weft and chaincodes assets and interop ready"
