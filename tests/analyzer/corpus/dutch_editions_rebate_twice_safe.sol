// expect: safe
// options: defaults
// The Dutch-auction edition with its rebate marked claimed before it is paid
// (checks-effects-interactions): a re-entered claim finds it claimed.
pragma solidity ^0.8.20;

interface IERC1155Receiver {
    function onERC1155Received(address operator, address from, uint256 id, uint256 value, bytes calldata data)
        external returns (bytes4);
}

/// @title DutchEditions - an open edition (ERC1155 id 1) sold by Dutch auction with rebates:
/// everybody ends up paying the final clearing price, and early buyers claim the difference.
contract DutchEditions {
    uint256 public constant EDITION_ID = 1;
    uint256 public constant MAX_SUPPLY = 100;
    uint256 public constant MAX_PER_WALLET = 10;
    uint256 public constant START_PRICE = 1 ether;
    uint256 public constant RESTING_PRICE = 0.1 ether;
    uint256 public constant PRICE_DROP = 0.1 ether;
    uint256 public constant DROP_INTERVAL = 1 hours;
    uint256 public constant AUCTION_LENGTH = 1 days;

    struct Minter {
        uint128 paid;
        uint32 quantity;
        bool refunded;
    }

    address public owner;
    uint64 public immutable auctionStart;
    uint256 public totalMinted;
    uint256 public lastPrice;
    bool public proceedsWithdrawn;

    mapping(uint256 => mapping(address => uint256)) public balanceOf;
    mapping(address => mapping(address => bool)) public isApprovedForAll;
    mapping(address => Minter) public minters;

    event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value);
    event ApprovalForAll(address indexed account, address indexed operator, bool approved);
    event Minted(address indexed buyer, uint256 quantity, uint256 price);
    event RefundClaimed(address indexed buyer, uint256 amount);
    event ProceedsWithdrawn(address indexed to, uint256 amount);

    error AuctionOver();
    error AuctionLive();
    error InsufficientPayment(uint256 cost, uint256 sent);
    error WalletLimit(uint256 held, uint256 requested);
    error SoldOut();
    error NothingToRefund();
    error NotOwner();
    error NotAuthorized();
    error UnsafeRecipient();
    error TransferFailed();

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    modifier whenEnded() {
        if (!auctionEnded()) revert AuctionLive();
        _;
    }

    constructor() {
        owner = msg.sender;
        auctionStart = uint64(block.timestamp);
    }

    // ------------------------------------------------------------------ auction
    function currentPrice() public view returns (uint256) {
        uint256 drops = (block.timestamp - auctionStart) / DROP_INTERVAL;
        uint256 discount = drops * PRICE_DROP;
        if (discount >= START_PRICE - RESTING_PRICE) return RESTING_PRICE;
        return START_PRICE - discount;
    }

    function auctionEnded() public view returns (bool) {
        return totalMinted == MAX_SUPPLY || block.timestamp >= auctionStart + AUCTION_LENGTH;
    }

    /// @notice Clearing price: the last sale price if it sold out, else the resting price.
    function finalPrice() public view returns (uint256) {
        return totalMinted == MAX_SUPPLY ? lastPrice : RESTING_PRICE;
    }

    function mint(uint32 quantity) external payable {
        if (auctionEnded()) revert AuctionOver();
        if (totalMinted + quantity > MAX_SUPPLY) revert SoldOut();
        Minter storage m = minters[msg.sender];
        if (m.quantity + quantity > MAX_PER_WALLET) revert WalletLimit(m.quantity, quantity);
        uint256 price = currentPrice();
        uint256 cost = price * quantity;
        if (msg.value < cost) revert InsufficientPayment(cost, msg.value);

        m.paid += uint128(cost);
        m.quantity += quantity;
        totalMinted += quantity;
        lastPrice = price;
        emit Minted(msg.sender, quantity, price);
        _mint(msg.sender, quantity);

        if (msg.value > cost) {
            (bool ok, ) = msg.sender.call{value: msg.value - cost}("");
            if (!ok) revert TransferFailed();
        }
    }

    /// @notice Rebate: what the buyer paid above the clearing price.
    function refundDue(address buyer) public view returns (uint256) {
        Minter storage m = minters[buyer];
        if (m.refunded || !auctionEnded()) return 0;
        return m.paid - uint256(m.quantity) * finalPrice();
    }

    function claimRefund() external whenEnded {
        Minter storage m = minters[msg.sender];
        if (m.refunded || m.quantity == 0) revert NothingToRefund();
        uint256 refund = m.paid - uint256(m.quantity) * finalPrice();
        if (refund == 0) revert NothingToRefund();

        m.refunded = true;
        (bool ok, ) = msg.sender.call{value: refund}("");
        if (!ok) revert TransferFailed();
        emit RefundClaimed(msg.sender, refund);
    }

    function withdrawProceeds(address payable to) external onlyOwner whenEnded {
        if (proceedsWithdrawn) revert NothingToRefund();
        proceedsWithdrawn = true;
        uint256 amount = totalMinted * finalPrice();
        emit ProceedsWithdrawn(to, amount);
        (bool ok, ) = to.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    // ------------------------------------------------------------------ ERC1155 (single id)
    function setApprovalForAll(address operator, bool approved) external {
        isApprovedForAll[msg.sender][operator] = approved;
        emit ApprovalForAll(msg.sender, operator, approved);
    }

    function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes calldata data) external {
        if (from != msg.sender && !isApprovedForAll[from][msg.sender]) revert NotAuthorized();
        balanceOf[id][from] -= value;
        balanceOf[id][to] += value;
        emit TransferSingle(msg.sender, from, to, id, value);
        _checkReceiver(from, to, id, value, data);
    }

    function _mint(address to, uint256 quantity) internal {
        balanceOf[EDITION_ID][to] += quantity;
        emit TransferSingle(msg.sender, address(0), to, EDITION_ID, quantity);
        _checkReceiver(address(0), to, EDITION_ID, quantity, "");
    }

    function _checkReceiver(address from, address to, uint256 id, uint256 value, bytes memory data) internal {
        if (to.code.length > 0) {
            bytes4 ret = IERC1155Receiver(to).onERC1155Received(msg.sender, from, id, value, data);
            if (ret != IERC1155Receiver.onERC1155Received.selector) revert UnsafeRecipient();
        } else if (to == address(0)) {
            revert UnsafeRecipient();
        }
    }
}
