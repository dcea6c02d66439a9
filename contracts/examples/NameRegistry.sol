// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title NameRegistry: yearly-rented names with commit-reveal registration
/// @notice To register a name without being front-run, a user first commits
/// keccak256(abi.encodePacked(name, owner, secret)), waits at least MIN_COMMIT_AGE, then
/// registers with the name and secret, paying the yearly fee per year. Names expire; expired
/// names can be registered again by anyone. Excess payment is refunded.
contract NameRegistry {
    struct Record {
        address owner;
        address resolved; // the address the name points to
        uint64 expires;
    }

    uint256 public constant FEE_PER_YEAR = 0.01 ether;
    uint256 public constant MIN_COMMIT_AGE = 1 minutes;
    uint256 public constant MAX_COMMIT_AGE = 1 days;
    uint256 public constant MAX_YEARS = 10;

    /// @notice Who collects the fees.
    address payable public immutable treasury;
    /// @notice Records by name.
    mapping(bytes32 => Record) public records;
    /// @notice Commitment time of each commitment hash.
    mapping(bytes32 => uint256) public commitments;

    event Committed(bytes32 indexed commitment);
    event Registered(bytes32 indexed name, address indexed owner, uint64 expires);
    event Renewed(bytes32 indexed name, uint64 expires);
    event ResolvedChanged(bytes32 indexed name, address resolved);
    event OwnerChanged(bytes32 indexed name, address indexed newOwner);

    error NameTaken(bytes32 name, uint64 expires);
    error NotNameOwner(bytes32 name);
    error BadCommitment();
    error InsufficientPayment(uint256 sent, uint256 price);

    constructor() {
        treasury = payable(msg.sender);
    }

    /// @notice The commitment for registering `name` to `owner` with `secret`.
    function makeCommitment(bytes32 name, address owner, bytes32 secret) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(name, owner, secret));
    }

    /// @notice Records a commitment.
    function commit(bytes32 commitment) external {
        require(commitments[commitment] + MAX_COMMIT_AGE < block.timestamp, "unexpired commitment");
        commitments[commitment] = block.timestamp;
        emit Committed(commitment);
    }

    /// @notice True if `name` can be registered now.
    function available(bytes32 name) public view returns (bool) {
        return records[name].expires < block.timestamp;
    }

    /// @notice Registers `name` for `years_` years, revealing the commitment.
    function register(bytes32 name, bytes32 secret, uint256 years_) external payable {
        require(years_ > 0 && years_ <= MAX_YEARS, "1 to 10 years");
        bytes32 c = makeCommitment(name, msg.sender, secret);
        uint256 committedAt = commitments[c];
        if (committedAt == 0 || committedAt + MIN_COMMIT_AGE > block.timestamp || committedAt + MAX_COMMIT_AGE < block.timestamp) {
            revert BadCommitment();
        }
        delete commitments[c];
        if (!available(name)) revert NameTaken(name, records[name].expires);
        uint256 price = FEE_PER_YEAR * years_;
        if (msg.value < price) revert InsufficientPayment(msg.value, price);
        uint64 expires = uint64(block.timestamp + years_ * 365 days);
        records[name] = Record(msg.sender, msg.sender, expires);
        emit Registered(name, msg.sender, expires);
        treasury.transfer(price);
        if (msg.value > price) {
            // a failed refund must not block the registration: the excess goes to the treasury
            if (!payable(msg.sender).send(msg.value - price)) treasury.transfer(msg.value - price);
        }
    }

    /// @notice Extends a name by `years_` years; anyone may pay for it.
    function renew(bytes32 name, uint256 years_) external payable {
        Record storage r = records[name];
        require(r.owner != address(0) && !available(name), "not registered");
        uint256 price = FEE_PER_YEAR * years_;
        if (msg.value != price) revert InsufficientPayment(msg.value, price);
        r.expires += uint64(years_ * 365 days);
        require(r.expires <= block.timestamp + MAX_YEARS * 365 days, "too far ahead");
        emit Renewed(name, r.expires);
        treasury.transfer(price);
    }

    modifier onlyNameOwner(bytes32 name) {
        if (records[name].owner != msg.sender || available(name)) revert NotNameOwner(name);
        _;
    }

    /// @notice Points `name` at `target`.
    function setResolved(bytes32 name, address target) external onlyNameOwner(name) {
        records[name].resolved = target;
        emit ResolvedChanged(name, target);
    }

    /// @notice Gives `name` to `newOwner`.
    function transferName(bytes32 name, address newOwner) external onlyNameOwner(name) {
        require(newOwner != address(0), "zero owner");
        records[name].owner = newOwner;
        emit OwnerChanged(name, newOwner);
    }

    /// @notice The address `name` points to, or zero if unregistered or expired.
    function resolve(bytes32 name) external view returns (address) {
        return available(name) ? address(0) : records[name].resolved;
    }
}
