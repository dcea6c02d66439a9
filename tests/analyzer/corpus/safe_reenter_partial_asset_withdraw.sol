// expect: safe
// contract: AssetBank
// options: defaults
pragma solidity ^0.8.20;
/// A bank for ether and tokens whose withdrawals are partial: `withdraw(asset, amount)` reads
/// the balance and stores what is left before it pays, so a re-entry sees what is left.
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

contract AssetBank {
    address public constant ETH = 0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE;
    mapping(address => mapping(address => uint256)) public balanceOf;

    function depositEther() external payable {
        balanceOf[ETH][msg.sender] += msg.value;
    }

    function depositToken(address token, uint256 amount) external {
        require(token != ETH, "use depositEther");
        require(IERC20(token).transferFrom(msg.sender, address(this), amount), "pull");
        balanceOf[token][msg.sender] += amount;
    }

    function withdraw(address asset, uint256 amount) external {
        uint256 held = balanceOf[asset][msg.sender];
        require(amount > 0 && held >= amount, "balance");
        balanceOf[asset][msg.sender] = held - amount;
        if (asset == ETH) {
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "send");
        } else {
            require(IERC20(asset).transfer(msg.sender, amount), "push");
        }
    }
}
