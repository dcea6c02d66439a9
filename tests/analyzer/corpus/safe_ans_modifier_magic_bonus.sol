// expect: safe
// contract: PartnerBonus
pragma solidity ^0.8.20;
/// A sponsor's welcome bonus for partner wallets (the SWC-107 modifier pattern): a modifier
/// asks the caller's wallet for a magic word before the body runs; the one-claim modifier
/// records the claim before it lets the body run, so a wallet that re-enters the claim from
/// the question finds it recorded.
interface IPartnerWallet {
    function acceptsBonus() external returns (bytes32);
}

contract PartnerBonus {
    bytes32 public constant ACCEPT = keccak256("PartnerBonus.accept");
    uint256 public constant BONUS = 0.05 ether;

    address public sponsor;
    mapping(address => bool) public claimed;
    mapping(address => uint256) public bonusOf;
    uint256 public totalOwed;

    modifier notClaimed() {
        require(!claimed[msg.sender], "bonus: already claimed");
        claimed[msg.sender] = true;
        _;
    }

    modifier partnerWallet() {
        require(msg.sender.code.length > 0, "bonus: wallets only");
        require(IPartnerWallet(msg.sender).acceptsBonus() == ACCEPT, "bonus: not a partner");
        _;
    }

    constructor() payable {
        sponsor = msg.sender;
    }

    function fund() external payable {
        require(msg.sender == sponsor, "bonus: only the sponsor");
    }

    function claim() external notClaimed partnerWallet {
        require(address(this).balance >= totalOwed + BONUS, "bonus: program exhausted");
        bonusOf[msg.sender] += BONUS;
        totalOwed += BONUS;
    }

    function withdraw() external {
        uint256 b = bonusOf[msg.sender];
        require(b > 0, "bonus: nothing owed");
        bonusOf[msg.sender] = 0;
        totalOwed -= b;
        payable(msg.sender).transfer(b);
    }

    function reclaim(uint256 amount) external {
        require(msg.sender == sponsor, "bonus: only the sponsor may reclaim");
        require(address(this).balance - totalOwed >= amount, "bonus: owed to wallets");
        payable(sponsor).transfer(amount);
    }
}
