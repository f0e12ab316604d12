#!/bin/sh
# Crypto material, channel genesis block and node configuration of one Fabric network of the compose
# topology: the same names, policies and settings `weft up` generates natively (topology/fabric/artifacts.ts),
# with the containers' host names as addresses. Runs in hyperledger/fabric-tools (Ubuntu: GNU tools, curl, jq).
# The output is kept between runs; it is generated again when this script changes or the block is missing.
# Usage: init-fabric.sh NETWORK_ID
set -eu
NET=$1
DOMAIN="$NET.weft.test"
OUT="/generated/$NET"
STAMP=$(sha256sum "$0" | cut -c1-64)

if [ -f "$OUT/channel.block" ] && [ "$(cat "$OUT/.init-stamp" 2>/dev/null || true)" = "$STAMP" ]; then
  echo "$NET: crypto material and genesis block already generated"
  exit 0
fi
rm -rf "$OUT"
mkdir -p "$OUT/config"

# Node configuration: Fabric's sample core.yaml without the Docker endpoint (the peers run chaincode as a
# service only; with the endpoint set, /healthz reports Docker as down). Its external builder is already the
# image's /opt/hyperledger/ccaas_builder.
sed -e 's#endpoint: unix:///var/run/docker.sock#endpoint:#' /etc/hyperledger/fabric/core.yaml >"$OUT/config/core.yaml"
if grep -q 'endpoint: unix://' "$OUT/config/core.yaml"; then
  echo "unexpected core.yaml layout: cannot disable the Docker endpoint" >&2
  exit 1
fi
grep -q 'path: /opt/hyperledger/ccaas_builder' "$OUT/config/core.yaml"
cp /etc/hyperledger/fabric/orderer.yaml "$OUT/config/orderer.yaml"

# SANS: natively 127.0.0.1 and localhost; here also each node's container host name (its common name, which
# cryptogen adds anyway) and its compose service name.
cat >"$OUT/crypto-config.yaml" <<YAML
OrdererOrgs:
  - Name: Orderer
    Domain: $DOMAIN
    EnableNodeOUs: true
    Specs:
      - Hostname: orderer
        SANS: [127.0.0.1, localhost, orderer.$DOMAIN, $NET-orderer]
PeerOrgs:
YAML
for ORG in 1 2; do
  cat >>"$OUT/crypto-config.yaml" <<YAML
  - Name: Org$ORG
    Domain: org$ORG.$DOMAIN
    EnableNodeOUs: true
    Template:
      Count: 1
      SANS: [127.0.0.1, localhost, "{{.Hostname}}.{{.Domain}}", "$NET-{{.Hostname}}-org$ORG"]
    Users: { Count: 1 }
YAML
done
cryptogen generate --config="$OUT/crypto-config.yaml" --output="$OUT/crypto"

ORDERER_TLS="crypto/ordererOrganizations/$DOMAIN/orderers/orderer.$DOMAIN/tls/server.crt"
cat >"$OUT/configtx.yaml" <<YAML
Profiles:
  Weft:
    Policies:
      Readers: { Type: ImplicitMeta, Rule: ANY Readers }
      Writers: { Type: ImplicitMeta, Rule: ANY Writers }
      Admins: { Type: ImplicitMeta, Rule: MAJORITY Admins }
    Capabilities: { V2_0: true }
    Orderer:
      OrdererType: etcdraft
      BatchTimeout: 100ms
      BatchSize: { MaxMessageCount: 50, AbsoluteMaxBytes: 10 MB, PreferredMaxBytes: 2 MB }
      EtcdRaft:
        Consenters:
          - Host: orderer.$DOMAIN
            Port: 7050
            ClientTLSCert: $ORDERER_TLS
            ServerTLSCert: $ORDERER_TLS
        Options:
          TickInterval: 500ms
          ElectionTick: 10
          HeartbeatTick: 1
          MaxInflightBlocks: 5
          SnapshotIntervalSize: 16 MB
      Organizations:
        - Name: OrdererOrg
          ID: OrdererMSP
          MSPDir: crypto/ordererOrganizations/$DOMAIN/msp
          Policies:
            Readers: { Type: Signature, Rule: "OR('OrdererMSP.member')" }
            Writers: { Type: Signature, Rule: "OR('OrdererMSP.member')" }
            Admins: { Type: Signature, Rule: "OR('OrdererMSP.admin')" }
          OrdererEndpoints: [orderer.$DOMAIN:7050]
      Policies:
        Readers: { Type: ImplicitMeta, Rule: ANY Readers }
        Writers: { Type: ImplicitMeta, Rule: ANY Writers }
        Admins: { Type: ImplicitMeta, Rule: MAJORITY Admins }
        BlockValidation: { Type: ImplicitMeta, Rule: ANY Writers }
      Capabilities: { V2_0: true }
    Application:
      Organizations:
YAML
for ORG in 1 2; do
  MSP="Org${ORG}MSP"
  cat >>"$OUT/configtx.yaml" <<YAML
        - Name: $MSP
          ID: $MSP
          MSPDir: crypto/peerOrganizations/org$ORG.$DOMAIN/msp
          Policies:
            Readers: { Type: Signature, Rule: "OR('$MSP.admin','$MSP.peer','$MSP.client')" }
            Writers: { Type: Signature, Rule: "OR('$MSP.admin','$MSP.client')" }
            Admins: { Type: Signature, Rule: "OR('$MSP.admin')" }
            Endorsement: { Type: Signature, Rule: "OR('$MSP.peer')" }
          AnchorPeers:
            - Host: peer0.org$ORG.$DOMAIN
              Port: 7051
YAML
done
cat >>"$OUT/configtx.yaml" <<YAML
      Policies:
        Readers: { Type: ImplicitMeta, Rule: ANY Readers }
        Writers: { Type: ImplicitMeta, Rule: ANY Writers }
        Admins: { Type: ImplicitMeta, Rule: MAJORITY Admins }
        LifecycleEndorsement: { Type: ImplicitMeta, Rule: MAJORITY Endorsement }
        Endorsement: { Type: ImplicitMeta, Rule: MAJORITY Endorsement }
      Capabilities: { V2_5: true }
YAML
configtxgen -configPath "$OUT" -profile Weft -channelID weft -outputBlock "$OUT/channel.block.tmp"
mv "$OUT/channel.block.tmp" "$OUT/channel.block"
printf '%s\n' "$STAMP" >"$OUT/.init-stamp"

# The containers run as root: hand the files to whoever owns the mounted folder (the user running the tests,
# when the folder existed before `docker compose up`), and let every local user read them.
chown -R "$(stat -c '%u:%g' /generated)" "$OUT" || true
chmod -R a+rX "$OUT"
echo "$NET: crypto material and genesis block generated"
