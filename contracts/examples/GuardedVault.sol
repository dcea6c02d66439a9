// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title ReentrancyGuard: the usual mutex, as an abstract base contract
/// @notice Functions marked `nonReentrant` cannot be entered again while one of them runs.
abstract contract ReentrancyGuard {
    uint256 private constant NOT_ENTERED = 1;
    uint256 private constant ENTERED = 2;
    uint256 private status = NOT_ENTERED;

    error ReentrantCall();

    modifier nonReentrant() {
        if (status == ENTERED) revert ReentrantCall();
        status = ENTERED;
        _;
        status = NOT_ENTERED;
    }
}

/// @title GuardedVault: an ether vault that issues shares, protected by a mutex
/// @notice Depositors receive shares; the vault's ether can grow through `donate` (e.g. fees
/// from a strategy), which raises the value of every share. `redeem` burns shares for their
/// share of the vault's ether.
/// @dev `redeem` sends ether before burning the shares, which would be exploitable, but both
/// entry points are `nonReentrant`, so a call back from the receiver reverts. The first
/// deposit mints shares 1:1; later ones at the current price, rounding down.
/// #invariant totalShares == sum(sharesOf);
contract GuardedVault is ReentrancyGuard {
    /// @notice Shares held by each depositor.
    mapping(address => uint256) public sharesOf;
    /// @notice Total shares in existence.
    uint256 public totalShares;
    /// @notice The account allowed to donate yield and to set the fee.
    address public immutable manager;
    /// @notice Withdrawal fee in basis points, kept by the vault (raises the share price).
    uint16 public feeBps;

    uint16 public constant MAX_FEE_BPS = 500;

    event Deposit(address indexed owner, uint256 assets, uint256 shares);
    event Redeem(address indexed owner, uint256 assets, uint256 shares);

    error ZeroShares();
    error NotManager();

    constructor(uint16 feeBps_) {
        require(feeBps_ <= MAX_FEE_BPS, "fee too high");
        manager = msg.sender;
        feeBps = feeBps_;
    }

    /// @notice Shares that a deposit of `assets` wei would mint now.
    function previewDeposit(uint256 assets) external view returns (uint256) {
        return toShares(assets, address(this).balance);
    }

    /// @dev Shares for `assets` when the vault held `held` wei before the deposit.
    function toShares(uint256 assets, uint256 held) internal view returns (uint256) {
        uint256 supply = totalShares;
        return supply == 0 || held == 0 ? assets : (assets * supply) / held;
    }

    /// @notice Deposits ether for shares.
    function deposit() external payable nonReentrant returns (uint256 shares) {
        shares = toShares(msg.value, address(this).balance - msg.value);
        if (shares == 0) revert ZeroShares();
        sharesOf[msg.sender] += shares;
        totalShares += shares;
        emit Deposit(msg.sender, msg.value, shares);
    }

    /// @notice Redeems `shares` for ether, less the withdrawal fee.
    function redeem(uint256 shares) external nonReentrant returns (uint256 assets) {
        require(shares > 0 && shares <= sharesOf[msg.sender], "bad share amount");
        assets = (shares * address(this).balance) / totalShares;
        unchecked {
            // feeBps <= 500, so this cannot overflow for any realistic balance
            assets -= (assets * feeBps) / 10_000;
        }
        (bool ok, ) = payable(msg.sender).call{value: assets}("");
        require(ok, "transfer failed");
        sharesOf[msg.sender] -= shares;
        totalShares -= shares;
        emit Redeem(msg.sender, assets, shares);
    }

    /// @notice Adds yield to the vault without minting shares.
    function donate() external payable {
        if (msg.sender != manager) revert NotManager();
    }

    /// @notice Changes the withdrawal fee.
    function setFee(uint16 newFeeBps) external {
        if (msg.sender != manager) revert NotManager();
        require(newFeeBps <= MAX_FEE_BPS, "fee too high");
        feeBps = newFeeBps;
    }
}
