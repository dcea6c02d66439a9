// The members of msg, block and tx come from one table (lang/magic_members.def): the types
// of the block members, block.difficulty's warning (solc 8417), view reads, and the errors
// for members Mallory leaves out or that do not exist.
pragma solidity ^0.8.20;

contract Magic {
    function environment() public view returns (uint256, uint256, uint256, uint256, address payable) {
        return (block.gaslimit, block.basefee, block.prevrandao, block.chainid, block.coinbase);
    }
    function old() public view returns (uint256) {
        return block.difficulty;
    }
    function pureRead() public pure returns (uint256) {
        return block.basefee;
    }
    function pureSig() public pure returns (bytes4) {
        return msg.sig;
    }
    function blobs() public view returns (uint256) {
        return block.blobbasefee;
    }
    function typo() public view returns (uint256) {
        return block.gasLimit;
    }
    function gone() public view returns (uint256) {
        return msg.gas;
    }
}
// ----
// tests/lang/cases/check/magic_members.sol:11:16: warning: Since the VM version paris, "difficulty" was replaced by "prevrandao", which now returns a random number based on the beacon chain. [E3043]
//    11 |         return block.difficulty;
//       |                ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/magic_members.sol:14:16: error: function 'pureRead' is declared 'pure', but this expression reads the state or the environment [E3008]
//    14 |         return block.basefee;
//       |                ^~~~~~~~~~~~~
//       = help: declare the function 'view'
// tests/lang/cases/check/magic_members.sol:20:16: error: 'block.blobbasefee' is not supported by Mallory's subset (LANGUAGE.md §4): Mallory's chain has no blobs (EIP-4844) [E4107]
//    20 |         return block.blobbasefee;
//       |                ^~~~~~~~~~~~~~~~~
// tests/lang/cases/check/magic_members.sol:23:22: error: block has no member 'gasLimit' [E2006]
//    23 |         return block.gasLimit;
//       |                      ^~~~~~~~
//       = help: did you mean 'gaslimit'?
// tests/lang/cases/check/magic_members.sol:26:20: error: msg has no member 'gas' [E2006]
//    26 |         return msg.gas;
//       |                    ^~~
// 4 errors and 1 warning generated.
