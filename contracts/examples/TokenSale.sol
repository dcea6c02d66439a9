// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice The token the sale mints (CappedToken.sol fits, with the sale as its minter).
interface IMintableToken {
    function mint(address to, uint256 value) external;

    function balanceOf(address account) external view returns (uint256);
}

/// @title TokenSale: a capped token sale with a soft cap and refunds
/// @notice Buyers send ether during the sale and get RATE tokens per wei, minted at once.
/// If the sale ends below the soft cap, buyers get their ether back (pull); otherwise the
/// beneficiary withdraws the raised ether. Purchases per address are capped.
/// #invariant address(this).balance >= sum(contributions) || weiRaised >= softCap;
contract TokenSale {
    IMintableToken public immutable token;
    address payable public immutable beneficiary;
    /// @notice Token base units per wei.
    uint256 public immutable rate;
    uint256 public immutable softCap;
    uint256 public immutable hardCap;
    uint256 public immutable closingTime;
    /// @notice Largest contribution of one address.
    uint256 public constant MAX_PER_BUYER = 5 ether;

    /// @notice Ether raised.
    uint256 public weiRaised;
    /// @notice Ether contributed by each buyer (kept for refunds).
    mapping(address => uint256) public contributions;
    bool public finalized;

    event TokensPurchased(address indexed buyer, uint256 value, uint256 amount);
    event Refunded(address indexed buyer, uint256 value);
    event Finalized(uint256 weiRaised, bool success);

    error SaleClosed();
    error SaleOpen();
    error OverCap(uint256 requested, uint256 remaining);

    constructor(address token_, address payable beneficiary_, uint256 rate_, uint256 softCap_, uint256 hardCap_, uint256 durationDays) {
        require(rate_ > 0 && softCap_ <= hardCap_, "bad parameters");
        token = IMintableToken(token_);
        beneficiary = beneficiary_;
        rate = rate_;
        softCap = softCap_;
        hardCap = hardCap_;
        closingTime = block.timestamp + durationDays * 1 days;
    }

    /// @notice True once the soft cap is raised.
    function softCapReached() public view returns (bool) {
        return weiRaised >= softCap;
    }

    receive() external payable {
        buyTokens();
    }

    /// @notice Buys tokens with the ether sent.
    function buyTokens() public payable {
        if (block.timestamp > closingTime || finalized) revert SaleClosed();
        require(msg.value > 0, "send ether");
        uint256 remaining = hardCap - weiRaised;
        if (msg.value > remaining) revert OverCap(msg.value, remaining);
        require(contributions[msg.sender] + msg.value <= MAX_PER_BUYER, "per-buyer cap");
        uint256 amount = msg.value * rate;
        weiRaised += msg.value;
        contributions[msg.sender] += msg.value;
        token.mint(msg.sender, amount);
        emit TokensPurchased(msg.sender, msg.value, amount);
    }

    /// @notice Ends the sale after its closing time (or when the hard cap is hit).
    function finalize() external {
        if (block.timestamp <= closingTime && weiRaised < hardCap) revert SaleOpen();
        require(!finalized, "already finalized");
        finalized = true;
        bool success = softCapReached();
        emit Finalized(weiRaised, success);
        if (success) beneficiary.transfer(address(this).balance);
    }

    /// @notice Refunds the caller's contribution after a failed sale (tokens are kept as a
    /// souvenir: they are worthless without the sale).
    function claimRefund() external {
        require(finalized && !softCapReached(), "no refunds");
        uint256 value = contributions[msg.sender];
        require(value > 0, "nothing to refund");
        contributions[msg.sender] = 0;
        emit Refunded(msg.sender, value);
        payable(msg.sender).transfer(value);
    }
}
