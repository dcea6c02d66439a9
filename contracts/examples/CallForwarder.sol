// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice A token as the forwarder sees it.
interface IBalanceToken {
    function balanceOf(address account) external view returns (uint256);

    function transfer(address to, uint256 amount) external returns (bool);
}

/// @title CallForwarder: an allowlisted call router for a treasury
/// @notice The owner allowlists (target, selector) pairs; operators then forward calls that
/// match the allowlist, with value and an optional gas cap. The forwarder also reads token
/// balances with `staticcall` and builds call data with each `abi.encode*` form, so that
/// front ends can compare their encodings with the contract's.
/// @dev Unknown calls land in `fallback`, which records the selector (`msg.sig`) and reverts.
contract CallForwarder {
    /// @notice The owner.
    address public immutable owner;
    /// @notice allowed[target][selector].
    mapping(address => mapping(bytes4 => bool)) public allowed;
    /// @notice True for operators.
    mapping(address => bool) public operators;
    /// @notice Number of calls forwarded.
    uint256 public forwardedCount;
    /// @notice The selector of transfer(address,uint256), as a hex literal.
    bytes4 public constant TRANSFER_SELECTOR = hex"a9059cbb";

    event Forwarded(address indexed target, bytes4 indexed selector, uint256 value, bool success, bytes result);
    event Allowed(address indexed target, bytes4 selector, bool allowed);

    error NotAllowed(address target, bytes4 selector);
    error NotOperator(address caller);
    error UnknownSelector(bytes4 selector);
    error ForwardFailed(bytes result);

    constructor() {
        owner = msg.sender;
        operators[msg.sender] = true;
    }

    receive() external payable {}

    fallback() external payable {
        revert UnknownSelector(msg.sig);
    }

    /// @notice Allowlists or removes `selector` on `target`.
    function setAllowed(address target, bytes4 selector, bool value) external {
        require(msg.sender == owner, "not owner");
        allowed[target][selector] = value;
        emit Allowed(target, selector, value);
    }

    /// @notice Adds or removes an operator.
    function setOperator(address operator, bool value) external {
        require(msg.sender == owner, "not owner");
        operators[operator] = value;
    }

    /// @notice Forwards a call of `selector` with ABI-encoded `args` to `target`, with
    /// `value` wei and at most `gasLimit` gas (0: all but 1/64 of what is left).
    function forward(address target, bytes4 selector, bytes memory args, uint256 value, uint256 gasLimit)
        public
        returns (bytes memory result)
    {
        if (!operators[msg.sender]) revert NotOperator(msg.sender);
        if (!allowed[target][selector]) revert NotAllowed(target, selector);
        bytes memory data = abi.encodePacked(selector, args);
        bool ok;
        if (gasLimit == 0) {
            (ok, result) = target.call{value: value}(data);
        } else {
            require(gasleft() > gasLimit, "not enough gas left");
            (ok, result) = target.call{value: value, gas: gasLimit}(data);
        }
        forwardedCount += 1;
        emit Forwarded(target, selector, value, ok, result);
        if (!ok) revert ForwardFailed(result);
    }

    /// @notice Forwards a token transfer and decodes its boolean result.
    function forwardTokenTransfer(address token, address to, uint256 amount) external returns (bool) {
        bytes memory result = forward(token, IBalanceToken.transfer.selector, abi.encode(to, amount), 0, 0);
        return abi.decode(result, (bool));
    }

    /// @notice Reads `account`'s balance of `token` with a static call; (false, 0) if it fails.
    function balanceOf(address token, address account) public view returns (bool ok, uint256 balance) {
        bytes memory result;
        (ok, result) = token.staticcall(abi.encodeWithSelector(IBalanceToken.balanceOf.selector, account));
        if (ok) {
            balance = abi.decode(result, (uint256));
        }
    }

    /// @notice The same call data built four ways; all four are equal.
    function encodings(address to, uint256 amount)
        external
        pure
        returns (bytes memory bySignature, bytes memory bySelector, bytes memory byCall, bytes memory byHand)
    {
        bySignature = abi.encodeWithSignature("transfer(address,uint256)", to, amount);
        bySelector = abi.encodeWithSelector(IBalanceToken.transfer.selector, to, amount);
        byCall = abi.encodeCall(IBalanceToken.transfer, (to, amount));
        byHand = abi.encodePacked(TRANSFER_SELECTOR, abi.encode(to, amount));
    }

    /// @notice True: the hex literal is the first four bytes of the signature's hash.
    function selectorMatches() external pure returns (bool) {
        return bytes4(keccak256("transfer(address,uint256)")) == TRANSFER_SELECTOR;
    }

    /// @notice A digest binding a call to this forwarder and chain (for off-chain approvals).
    function callDigest(address target, bytes memory data, uint256 value, uint256 nonce) external view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), target, keccak256(data), value, nonce));
    }

    /// @notice Splits a packed (address, uint96) word, as some tokens store them.
    function unpack(bytes32 word) external pure returns (address account, uint96 amount) {
        account = address(uint160(uint256(word) >> 96));
        amount = uint96(uint256(word));
    }
}
