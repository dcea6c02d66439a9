// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title MultiSigWallet: an m-of-n wallet for arbitrary calls
/// @notice An owner submits a transaction (target, value, calldata); once `required` owners
/// have confirmed it, any owner executes it with a low-level call. Calldata is not kept in
/// storage: the wallet stores its keccak256 hash and the executor passes the same bytes again.
/// @dev Execution marks the transaction executed before the call (checks-effects-interactions),
/// so a target that calls back cannot execute it twice.
contract MultiSigWallet {
    struct Transaction {
        address to;
        uint256 value;
        bytes32 dataHash;
        bool executed;
        uint256 numConfirmations;
    }

    /// @notice Largest number of owners.
    uint256 public constant MAX_OWNERS = 10;

    /// @notice The owners, in the order given at deployment.
    address[] public owners;
    /// @notice True for owner addresses.
    mapping(address => bool) public isOwner;
    /// @notice Confirmations needed to execute.
    uint256 public immutable required;
    /// @notice All submitted transactions.
    Transaction[] public transactions;
    /// @notice isConfirmed[txIndex][owner].
    mapping(uint256 => mapping(address => bool)) public isConfirmed;

    event Deposit(address indexed sender, uint256 amount, uint256 balance);
    event Submit(address indexed owner, uint256 indexed txIndex, address indexed to, uint256 value, bytes data);
    event Confirm(address indexed owner, uint256 indexed txIndex);
    event Revoke(address indexed owner, uint256 indexed txIndex);
    event Execute(address indexed owner, uint256 indexed txIndex, bytes result);

    error NotOwner();
    error TxDoesNotExist(uint256 txIndex);
    error TxAlreadyExecuted(uint256 txIndex);
    error TxAlreadyConfirmed(uint256 txIndex);
    error NotEnoughConfirmations(uint256 have, uint256 need);
    error DataMismatch();
    error CallFailed(bytes reason);

    modifier onlyOwner() {
        if (!isOwner[msg.sender]) revert NotOwner();
        _;
    }

    modifier txExists(uint256 txIndex) {
        if (txIndex >= transactions.length) revert TxDoesNotExist(txIndex);
        _;
    }

    modifier notExecuted(uint256 txIndex) {
        if (transactions[txIndex].executed) revert TxAlreadyExecuted(txIndex);
        _;
    }

    /// @param owners_ the owners (distinct, non-zero)
    /// @param required_ confirmations needed, between 1 and the number of owners
    constructor(address[] memory owners_, uint256 required_) {
        require(owners_.length > 0 && owners_.length <= MAX_OWNERS, "bad owner count");
        require(required_ > 0 && required_ <= owners_.length, "bad threshold");
        for (uint256 i = 0; i < owners_.length; ++i) {
            address owner = owners_[i];
            require(owner != address(0), "zero owner");
            require(!isOwner[owner], "owner not unique");
            isOwner[owner] = true;
            owners.push(owner);
        }
        required = required_;
    }

    receive() external payable {
        emit Deposit(msg.sender, msg.value, address(this).balance);
    }

    /// @notice Number of owners.
    function ownerCount() external view returns (uint256) {
        return owners.length;
    }

    /// @notice Number of submitted transactions.
    function transactionCount() external view returns (uint256) {
        return transactions.length;
    }

    /// @notice Proposes a call of `to` with `value` and `data`; the submitter confirms it.
    function submit(address to, uint256 value, bytes memory data) external onlyOwner returns (uint256 txIndex) {
        txIndex = transactions.length;
        transactions.push(Transaction(to, value, keccak256(data), false, 0));
        emit Submit(msg.sender, txIndex, to, value, data);
        confirm(txIndex);
    }

    /// @notice Confirms transaction `txIndex`.
    function confirm(uint256 txIndex) public onlyOwner txExists(txIndex) notExecuted(txIndex) {
        if (isConfirmed[txIndex][msg.sender]) revert TxAlreadyConfirmed(txIndex);
        isConfirmed[txIndex][msg.sender] = true;
        transactions[txIndex].numConfirmations += 1;
        emit Confirm(msg.sender, txIndex);
    }

    /// @notice Withdraws the caller's confirmation.
    function revoke(uint256 txIndex) external onlyOwner txExists(txIndex) notExecuted(txIndex) {
        require(isConfirmed[txIndex][msg.sender], "not confirmed");
        isConfirmed[txIndex][msg.sender] = false;
        transactions[txIndex].numConfirmations -= 1;
        emit Revoke(msg.sender, txIndex);
    }

    /// @notice Executes a confirmed transaction; `data` must be the submitted calldata.
    function execute(uint256 txIndex, bytes memory data)
        external
        onlyOwner
        txExists(txIndex)
        notExecuted(txIndex)
        returns (bytes memory result)
    {
        Transaction storage t = transactions[txIndex];
        if (t.numConfirmations < required) revert NotEnoughConfirmations(t.numConfirmations, required);
        if (keccak256(data) != t.dataHash) revert DataMismatch();
        t.executed = true;
        bool ok;
        (ok, result) = t.to.call{value: t.value}(data);
        if (!ok) revert CallFailed(result);
        emit Execute(msg.sender, txIndex, result);
    }
}
