// A state variable named through its contract (`C.x`, `Base.x`) where a parameter, a local or
// a return value hides the plain name: read, assigned, compound-assigned, indexed, and a
// function-typed one called (solc's various/state_variable_under_contract_name.sol).
pragma solidity ^0.8.20;

contract Base {
    uint256 internal total = 40;
    mapping(address => uint256) internal credit;
}

contract StateThroughContract is Base {
    uint128 small = 7;
    uint256[] list;
    function(uint256) pure returns (uint256) internal op;

    event Values(uint256 a, uint256 b, uint256 c, uint256 d, uint256 e);

    function twice(uint256 v) internal pure returns (uint256) {
        return 2 * v;
    }

    function update(uint256 total, uint128 small) internal returns (uint256 before) {
        before = Base.total;
        Base.total = total;
        StateThroughContract.small += small;
        Base.credit[msg.sender] = total + 1;
    }

    function run() external payable {
        uint256 before = update(50, 3);
        uint256 list = 9;
        StateThroughContract.list.push(list);
        StateThroughContract.op = twice;
        emit Values(before, total, small, credit[msg.sender], StateThroughContract.list[0]);
        emit Values(StateThroughContract.op(21), StateThroughContract.list.length, list, 0, 0);
    }
}
// ----
// success
// Values("40", "50", "10", "51", "9")
// Values("42", "1", "9", "0", "0")
