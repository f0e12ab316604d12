#!/bin/sh
# Channel `weft`, its peers and the `assets` and `interop` chaincodes (as a service) of one Fabric network of
# the compose topology, as `weft up` does natively (topology/fabric/network.ts). Runs in
# hyperledger/fabric-tools once the orderer and the peers are healthy; every step is skipped when already
# done, so the service may run again. Ends once the first org's Gateway can gather endorsements from both
# orgs, so that clients need no retry loop.
# Usage: setup-fabric.sh NETWORK_ID
set -eu
NET=$1
DOMAIN="$NET.weft.test"
OUT="/generated/$NET"
CRYPTO="$OUT/crypto"
CHANNEL=weft
ORDERER_HOST="orderer.$DOMAIN"
ORDERER_CA="$CRYPTO/ordererOrganizations/$DOMAIN/orderers/$ORDERER_HOST/tls/ca.crt"
export FABRIC_CFG_PATH="$OUT/config" FABRIC_LOGGING_SPEC=warning CORE_PEER_TLS_ENABLED=true

peer_host() { echo "peer0.org$1.$DOMAIN"; }
peer_ca() { echo "$CRYPTO/peerOrganizations/org$1.$DOMAIN/peers/$(peer_host "$1")/tls/ca.crt"; }
admin_msp() { echo "$CRYPTO/peerOrganizations/org$1.$DOMAIN/users/Admin@org$1.$DOMAIN/msp"; }

as_admin() { # ORG_NUMBER, then the arguments of the `peer` command, run as that org's admin on its peer
  ORG_N=$1
  shift
  CORE_PEER_LOCALMSPID="Org${ORG_N}MSP" \
    CORE_PEER_ADDRESS="$(peer_host "$ORG_N"):7051" \
    CORE_PEER_TLS_ROOTCERT_FILE="$(peer_ca "$ORG_N")" \
    CORE_PEER_MSPCONFIGPATH="$(admin_msp "$ORG_N")" \
    peer "$@"
}

retry() { # TRIES, then a command: runs it up to TRIES times, a second apart, until it succeeds
  tries=$1
  shift
  n=1
  until "$@"; do
    if [ "$n" -ge "$tries" ]; then
      echo "$NET: gave up after $tries tries: $*" >&2
      return 1
    fi
    n=$((n + 1))
    sleep 1
  done
}

# ---------------------------------------------------------------- channel
orderer_has_channel() {
  osnadmin channel list --channelID "$CHANNEL" -o "$ORDERER_HOST:7053" 2>/dev/null | grep -q "\"name\": \"$CHANNEL\""
}
if ! orderer_has_channel; then
  osnadmin channel join --channelID "$CHANNEL" --config-block "$OUT/channel.block" -o "$ORDERER_HOST:7053"
fi

# osnadmin reports the channel active before Raft has a leader, and until then every transaction fails with
# "no Raft leader": the orderer's Prometheus metrics tell. With one consenter, that node becomes the leader.
raft_leader() {
  curl -sf "http://$ORDERER_HOST:9443/metrics" | grep -q "consensus_etcdraft_is_leader{channel=\"$CHANNEL\"} 1"
}
retry 60 raft_leader

peer_joined() { as_admin "$1" channel list 2>/dev/null | grep -q "^$CHANNEL\$"; }
join_peer() { peer_joined "$1" || as_admin "$1" channel join -b "$OUT/channel.block"; }
for ORG in 1 2; do
  retry 30 join_peer "$ORG"
done

# ---------------------------------------------------------------- chaincodes as a service
# A ccaas package: connection.json (where the peers dial the chaincode server) and metadata.json, written
# with fixed dates and owners so that the package ID stays the same from one run to the next.
write_package() { # CHAINCODE FILE
  dir=$(mktemp -d)
  printf '{"address":"%s.%s:9999","dial_timeout":"10s","tls_required":false}\n' "$1" "$DOMAIN" >"$dir/connection.json"
  printf '{"type":"ccaas","label":"%s_1"}\n' "$1" >"$dir/metadata.json"
  tar -C "$dir" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - connection.json |
    gzip -n >"$dir/code.tar.gz"
  tar -C "$dir" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - metadata.json code.tar.gz |
    gzip -n >"$2"
  rm -rf "$dir"
}

definition() { # ORG SUBCOMMAND [ARGS...]: a lifecycle command about chaincode $CC, version 1, sequence 1
  org=$1
  sub=$2
  shift 2
  as_admin "$org" lifecycle chaincode "$sub" --channelID "$CHANNEL" --name "$CC" --version 1 --sequence 1 "$@"
}
approved() { # ORG
  definition "$1" checkcommitreadiness 2>/dev/null | grep -q "^Org$1MSP: true\$"
}
approve() { # ORG PACKAGE_ID
  if approved "$1"; then return 0; fi
  definition "$1" approveformyorg -o "$ORDERER_HOST:7050" --tls --cafile "$ORDERER_CA" --package-id "$2"
}
committed() { as_admin 1 lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC" >/dev/null 2>&1; }
commit() {
  if committed; then return 0; fi
  definition 1 commit -o "$ORDERER_HOST:7050" --tls --cafile "$ORDERER_CA" \
    --peerAddresses "$(peer_host 1):7051" --tlsRootCertFiles "$(peer_ca 1)" \
    --peerAddresses "$(peer_host 2):7051" --tlsRootCertFiles "$(peer_ca 2)"
}
answers() { # ORG CHAINCODE: the org's peer reaches the chaincode server
  as_admin "$1" chaincode query -C "$CHANNEL" -n "$2" -c '{"Args":["org.hyperledger.fabric:GetMetadata"]}' >/dev/null
}
endorsable() { # ORG CHAINCODE: the org's peer knows, through gossip, a peer of each org that runs it
  msp=$(admin_msp "$1")
  discover --peerTLSCA "$(peer_ca "$1")" --MSP "Org$1MSP" \
    --userKey "$msp/keystore/priv_sk" --userCert "$msp/signcerts/Admin@org$1.$DOMAIN-cert.pem" \
    endorsers --channel "$CHANNEL" --server "$(peer_host "$1"):7051" --chaincode "$2" >"$OUT/.discovery" 2>&1 &&
    grep -q '"Org1MSP"' "$OUT/.discovery" && grep -q '"Org2MSP"' "$OUT/.discovery"
}

for CC in assets interop; do
  write_package "$CC" "$OUT/$CC.tgz"
  PACKAGE_ID=$(peer lifecycle chaincode calculatepackageid "$OUT/$CC.tgz")
  # The chaincode server waits for this file: it must name the package the peers run.
  if [ "$(cat "$OUT/$CC.package-id" 2>/dev/null || true)" != "$PACKAGE_ID" ]; then
    printf '%s' "$PACKAGE_ID" >"$OUT/$CC.package-id.tmp"
    mv "$OUT/$CC.package-id.tmp" "$OUT/$CC.package-id"
  fi

  for ORG in 1 2; do
    if ! as_admin "$ORG" lifecycle chaincode queryinstalled | grep -q "Package ID: $PACKAGE_ID,"; then
      as_admin "$ORG" lifecycle chaincode install "$OUT/$CC.tgz"
    fi
  done
  if ! committed; then
    for ORG in 1 2; do
      retry 30 approve "$ORG" "$PACKAGE_ID"
    done
    # Each peer must have seen both approvals before it endorses the commit.
    retry 30 commit
  fi
  for ORG in 1 2; do
    retry 60 answers "$ORG" "$CC"
  done
done

# Gossip spreads the other org's peer and its chaincodes within seconds; the Gateway needs both.
for CC in assets interop; do
  retry 90 endorsable 1 "$CC"
done
rm -f "$OUT/.discovery"
echo "$NET: channel $CHANNEL joined by both peers; chaincodes assets and interop endorsed by Org1MSP and Org2MSP"
