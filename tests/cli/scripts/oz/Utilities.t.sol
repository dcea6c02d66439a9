// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import "forge-std/Test.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721Holder} from "@openzeppelin/contracts/token/ERC721/utils/ERC721Holder.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {MyToken} from "./MyToken.sol";

/// An NFT minted with _safeMint, which asks a contract receiver for onERC721Received.
contract Badge is ERC721 {
    uint256 public nextId;

    constructor() ERC721("Badge", "BDG") {}

    function mint(address to) external returns (uint256 id) {
        id = nextId++;
        _safeMint(to, id);
    }
}

/// OpenZeppelin's libraries written in memory-level inline assembly, run through Mallory.
contract UtilitiesTest is Test, ERC721Holder {
    using SafeERC20 for IERC20;

    function testStrings() public {
        assertEq(Strings.toString(uint256(9051)), "9051");
        assertEq(Strings.toString(uint256(0)), "0");
        assertEq(Strings.toHexString(uint256(0x2c)), "0x2c");
        assertEq(Strings.toHexString(uint256(0xabcd), 4), "0x0000abcd");
        assertTrue(Strings.equal("mallory", "mallory"));
    }

    function testMath() public {
        assertEq(Math.mulDiv(7, 11, 3), 25);
        assertEq(Math.mulDiv(type(uint256).max, type(uint256).max, type(uint256).max), type(uint256).max);
        assertEq(Math.sqrt(1e18), 1e9);
        assertEq(Math.log2(1024), 10);
        assertEq(Math.log10(999), 2);
    }

    function testBase64() public {
        assertEq(Base64.encode("hello"), "aGVsbG8=");
        assertEq(Base64.encode(""), "");
    }

    function testSafeERC20() public {
        MyToken token = new MyToken(address(this));
        token.mint(address(this), 10);
        IERC20(address(token)).safeTransfer(address(0xA11CE), 4);
        assertEq(token.balanceOf(address(0xA11CE)), 4);
        IERC20(address(token)).forceApprove(address(0xB0B), 3);
        assertEq(token.allowance(address(this), address(0xB0B)), 3);
    }

    function testSafeERC20RevertsOnFailure() public {
        MyToken token = new MyToken(address(this));
        vm.expectRevert();
        this.transferTooMuch(token);
    }

    function transferTooMuch(MyToken token) external {
        IERC20(address(token)).safeTransfer(address(0xA11CE), 1);
    }

    function testSafeMintToAHolder() public {
        Badge badge = new Badge();
        uint256 id = badge.mint(address(this));
        assertEq(badge.ownerOf(id), address(this));
        assertEq(badge.balanceOf(address(this)), 1);
    }

    function testMerkleProof() public {
        bytes32 a = keccak256("a");
        bytes32 b = keccak256("b");
        bytes32 root = a < b ? keccak256(abi.encodePacked(a, b)) : keccak256(abi.encodePacked(b, a));
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = b;
        assertTrue(MerkleProof.verify(proof, root, a));
        assertFalse(MerkleProof.verify(proof, root, keccak256("c")));
    }
}
