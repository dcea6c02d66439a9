// expect: adversary-profit same-function
// contract: AssetBank
// options: defaults
pragma solidity ^0.8.20;
/// A bank for ether and tokens whose withdrawals are partial: `withdraw(asset, amount)` reads
/// the balance, pays, then stores what it read less the amount. A depositor withdraws a little
/// and, from the payment, re-enters for a whole ether more: the outer call then stores its
/// stale balance less the little, and the depositor keeps almost all it took back.
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
        if (asset == ETH) {
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "send");
        } else {
            require(IERC20(asset).transfer(msg.sender, amount), "push");
        }
        balanceOf[asset][msg.sender] = held - amount;
    }
}
