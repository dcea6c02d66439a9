// expect: safe
// share_vault_hook_before_mint with the shares minted before the hook: a redemption inside it
// is priced with the new shares counted, so it pays what they are worth.
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
        totalSupply += shares;
        balanceOf[msg.sender] += shares;
        if (msg.sender.code.length > 0) IDepositHook(msg.sender).onDeposit(shares);
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
