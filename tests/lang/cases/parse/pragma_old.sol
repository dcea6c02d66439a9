pragma solidity ^0.7.6;
pragma solidity >=0.4.22 <0.8.0;
pragma solidity 0.8.x.y;
pragma solidity >=0.6.0 <0.9.0;

contract Old {}
// ----
// tests/lang/cases/parse/pragma_old.sol:1:17: error: the version range '^0.7.6' excludes every Solidity 0.8.x; Mallory's language is a subset of Solidity 0.8 (LANGUAGE.md §1) [E1201]
//     1 | pragma solidity ^0.7.6;
//       |                 ^~~~~~
//       = help: use 'pragma solidity ^0.8.0;'
// tests/lang/cases/parse/pragma_old.sol:2:17: error: the version range '>=0.4.22 <0.8.0' excludes every Solidity 0.8.x; Mallory's language is a subset of Solidity 0.8 (LANGUAGE.md §1) [E1201]
//     2 | pragma solidity >=0.4.22 <0.8.0;
//       |                 ^~~~~~~~~~~~~~~
//       = help: use 'pragma solidity ^0.8.0;'
// tests/lang/cases/parse/pragma_old.sol:3:17: error: cannot read the version range '0.8.x.y' [E1200]
//     3 | pragma solidity 0.8.x.y;
//       |                 ^~~~~~~
//       = help: write it as solc does, e.g. '^0.8.20' or '>=0.8.0 <0.9.0'
// 3 errors generated.
