pragma solidity ^0.8.20;
// Names of mapping keys and values (0.8.18) must differ along nested mappings, as solc's 1809.
contract MappingNames {
    mapping(address owner => uint256 balance) public balances;
    mapping(address owner => mapping(address spender => uint256 amount)) public allowances;
    mapping(address owner => address owner) same;
    mapping(address owner => mapping(address spender => uint256 owner)) nested;
}

// ----
// tests/lang/cases/check/mapping_names.sol:6:5: error: conflicting parameter name 'owner' in mapping: the key and value names of nested mappings must differ [E2004]
//     6 |     mapping(address owner => address owner) same;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/mapping_names.sol:7:5: error: conflicting parameter name 'owner' in mapping: the key and value names of nested mappings must differ [E2004]
//     7 |     mapping(address owner => mapping(address spender => uint256 owner)) nested;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// 2 errors generated.
