// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import {StdStorage} from "./StdStorage.sol";
import {Vm} from "./Vm.sol";

/// forge-std's Base.sol: the constants and the `vm` every forge-std helper contract shares.
/// A handler of an invariant test that is not a Test itself derives from these pieces, as
/// forge-std's own documentation suggests: `contract Handler is CommonBase, StdCheats, StdUtils`.
abstract contract CommonBase {
    /// Foundry's cheatcode address: keccak256("hevm cheat code") truncated to 20 bytes.
    address internal constant VM_ADDRESS = 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D;
    /// console.log's address: "console.log" as a 20-byte number.
    address internal constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;
    /// forge's CREATE2 factory, the deployer computeCreate2Address assumes when none is named.
    address internal constant CREATE2_FACTORY = 0x4e59b44847b379578588920cA78FbF26c0B4956C;
    /// forge's default sender: keccak256("foundry default caller") truncated to 20 bytes.
    address internal constant DEFAULT_SENDER = 0x1804c8AB1F12E6bbf3894d4083f33e07309d1f38;
    /// The first contract a test contract creates: the test contract is created by
    /// DEFAULT_SENDER with nonce 1 (0x7FA9385bE102ac3EAc297483Dd6233D62b3e1496), and this is
    /// what it creates with its nonce 1.
    address internal constant DEFAULT_TEST_CONTRACT = 0x5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f;
    /// Multicall3's address on every chain that has it.
    address internal constant MULTICALL3_ADDRESS = 0xcA11bde05977b3631167028862bE2a173976CA11;
    /// The order of secp256k1's group: private keys are below it.
    uint256 internal constant SECP256K1_ORDER =
        115792089237316195423570985008687907852837564279074904382605163141518161494337;
    uint256 internal constant UINT256_MAX = type(uint256).max;

    Vm internal constant vm = Vm(VM_ADDRESS);

    /// forge-std's stdstore (StdStorage.sol): `using stdStorage for StdStorage;` in a test, then
    /// `stdstore.target(t).sig("balanceOf(address)").with_key(who).checked_write(amount)`.
    StdStorage internal stdstore;
}

abstract contract TestBase is CommonBase {}

abstract contract ScriptBase is CommonBase {}
