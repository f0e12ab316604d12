#!/bin/sh
# Crypto material, channel genesis block and node configuration of one Fabric network of the compose
# topology (the same layout `weft up` generates natively). Runs in hyperledger/fabric-tools.
# Usage: init-fabric.sh NETWORK_ID
set -eu
NET=$1
DOMAIN="$NET.weft.test"
OUT="/generated/$NET"
if [ -f "$OUT/channel.block" ]; then
  echo "$NET: artefacts already generated"
  exit 0
fi
rm -rf "$OUT"
mkdir -p "$OUT/config"

# Node configuration: Fabric's sample core.yaml without the Docker endpoint (the peers run chaincode as a
# service only; with the endpoint set, /healthz reports Docker as down).
sed -e 's#endpoint: unix:///var/run/docker.sock#endpoint:#' /etc/hyperledger/fabric/core.yaml > "$OUT/config/core.yaml"
cp /etc/hyperledger/fabric/orderer.yaml "$OUT/config/orderer.yaml"

cat > "$OUT/crypto-config.yaml" <<YAML
OrdererOrgs:
  - Name: Orderer
    Domain: $DOMAIN
    EnableNodeOUs: true
    Specs:
      - Hostname: orderer
        SANS: [127.0.0.1, localhost]
PeerOrgs:
  - Name: Org1
    Domain: org1.$DOMAIN
    EnableNodeOUs: true
    Template: { Count: 1, SANS: [127.0.0.1, localhost] }
    Users: { Count: 1 }
  - Name: Org2
    Domain: org2.$DOMAIN
    EnableNodeOUs: true
    Template: { Count: 1, SANS: [127.0.0.1, localhost] }
    Users: { Count: 1 }
YAML
cryptogen generate --config="$OUT/crypto-config.yaml" --output="$OUT/crypto"

ORDERER_TLS="crypto/ordererOrganizations/$DOMAIN/orderers/orderer.$DOMAIN/tls/server.crt"
cat > "$OUT/configtx.yaml" <<YAML
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
          - { Host: orderer.$DOMAIN, Port: 7050, ClientTLSCert: $ORDERER_TLS, ServerTLSCert: $ORDERER_TLS }
        Options: { TickInterval: 500ms, ElectionTick: 10, HeartbeatTick: 1, MaxInflightBlocks: 5, SnapshotIntervalSize: 16 MB }
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
  cat >> "$OUT/configtx.yaml" <<YAML
        - Name: Org${ORG}MSP
          ID: Org${ORG}MSP
          MSPDir: crypto/peerOrganizations/org$ORG.$DOMAIN/msp
          Policies:
            Readers: { Type: Signature, Rule: "OR('Org${ORG}MSP.admin','Org${ORG}MSP.peer','Org${ORG}MSP.client')" }
            Writers: { Type: Signature, Rule: "OR('Org${ORG}MSP.admin','Org${ORG}MSP.client')" }
            Admins: { Type: Signature, Rule: "OR('Org${ORG}MSP.admin')" }
            Endorsement: { Type: Signature, Rule: "OR('Org${ORG}MSP.peer')" }
          AnchorPeers: [{ Host: peer0.org$ORG.$DOMAIN, Port: 7051 }]
YAML
done
cat >> "$OUT/configtx.yaml" <<YAML
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
# The containers run as root; let the host user who runs the tests read the material.
chmod -R a+rX "$OUT"
echo "$NET: artefacts generated"
