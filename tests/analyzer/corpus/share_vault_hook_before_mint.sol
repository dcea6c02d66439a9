// expect: adversary-profit
// A share vault that tells a contract depositor about its shares before minting them: inside
// the hook the deposit's ether is already in the balance the price is read from while the
// supply is not yet raised, so redeeming older shares there pays them above their worth. The
// gain is cashed in by redeeming the new shares afterwards.
pragma solidity ^0.8.20;

interface IDepositHook {
    function onDeposit(uint256 shares) external;
}

contract HookedShareVault {
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;

    function deposit() external payable returns (uint256 shares) {
        uint256 assetsBefore = address(this).balance - msg.value;
        shares = totalSupply == 0 ? msg.value : (msg.value * totalSupply) / assetsBefore;
        require(shares > 0, "vault: zero shares");
        if (msg.sender.code.length > 0) IDepositHook(msg.sender).onDeposit(shares);
        totalSupply += shares;
        balanceOf[msg.sender] += shares;
    }

    function redeem(uint256 shares) external returns (uint256 assets) {
        require(shares > 0 && shares <= balanceOf[msg.sender], "vault: shares");
        assets = (shares * address(this).balance) / totalSupply;
        balanceOf[msg.sender] -= shares;
        totalSupply -= shares;
        (bool ok, ) = msg.sender.call{value: assets}("");
        require(ok, "vault: send");
    }
}
