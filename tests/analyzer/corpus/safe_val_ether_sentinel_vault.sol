// expect: safe
// contract: AssetVault
// options: defaults
pragma solidity ^0.8.20;
/// A vault for ether and tokens in one ledger, keyed by asset: ether is named by the sentinel
/// address `ETH` (0xEeee…), as aggregators do, and must be sent with the amount named. The
/// withdrawal clears the balance before it pays (checks-effects-interactions): a re-entry
/// finds nothing left to pay.
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

contract AssetVault {
    address public constant ETH = 0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE;
    mapping(address => mapping(address => uint256)) public balanceOf;

    event Deposited(address indexed asset, address indexed user, uint256 amount);

    function deposit(address asset, uint256 amount) external payable {
        require(amount > 0, "zero");
        if (asset == ETH) {
            require(msg.value == amount, "ether sent must match");
        } else {
            require(msg.value == 0, "no ether with tokens");
            require(IERC20(asset).transferFrom(msg.sender, address(this), amount), "pull");
        }
        balanceOf[asset][msg.sender] += amount;
        emit Deposited(asset, msg.sender, amount);
    }

    function withdraw(address asset) external {
        uint256 amount = balanceOf[asset][msg.sender];
        require(amount > 0, "nothing");
        balanceOf[asset][msg.sender] = 0;
        if (asset == ETH) {
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "send");
        } else {
            require(IERC20(asset).transfer(msg.sender, amount), "push");
        }
    }
}
