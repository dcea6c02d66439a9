// type(C).name is the contract's, interface's or library's name as a memory string, a fresh
// copy at each use.
pragma solidity ^0.8.20;

interface IVault {
    function deposit() external;
}

library Math {
    function one() internal pure returns (uint256) { return 1; }
}

abstract contract Base {}

contract C is Base {
    event Names(string own, string iface, string lib, string base, uint256 length, string changed);

    function run() external payable {
        string memory s = type(C).name;
        bytes(s)[0] = "X";
        emit Names(type(C).name, type(IVault).name, type(Math).name, type(Base).name,
                   bytes(type(IVault).name).length, s);
    }
}
// ----
// success
// Names("C", "IVault", "Math", "Base", "6", "X")
